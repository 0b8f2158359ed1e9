/**
 * One source file's text through normalise → segment → extract: the story it
 * holds and, when its related-articles block carries a whole article, that one too.
 */
import { UTF8_VALID } from './source/decode';
import { deriveTitle } from './extract/derive-title';
import { contentError } from './errors';
import { extractStory, isWholeStory, type StoryDraft } from './extract/extract-story';
import { allFurnitureReason, errorPageReason, linkListReason } from './extract/furniture-page';
import { bylineOutletFind, chooseOutlet } from './extract/infer-outlet';
import { inferOutlet } from './extract/outlet-self-reference';
import { bylinePeople } from './extract/byline-people';
import { nameStopwords } from './extract/name-shape';
import { lowerCaseWords, printedLowerCaseWords } from './extract/running-words';
import { menuLinesOf, type OutletFind, outletFinds } from './extract/outlet-lines';
import { siteMastheadFind } from './extract/outlet-template';
import { detectSample, languageFactOf, languageSample } from './extract/language/sample';
import { withBlockLangs, withLineLangs } from './extract/language/block-langs';
import { splitRelated } from './extract/layout';
import { normaliseText, type SourceLine, toLines } from './source/normalise';
import { resolveModified, resolvePublished } from './dates/publication-date';
import type { Article, ContentError, EncodingFact, RemovalReason, TextFact } from './schema';
import { type Block, segmentLines } from './segment/segment';
import { splitGluedLines } from './segment/glued-lines';
import { stopwordsFor } from './segment/line-evidence';
import type { SiteTemplate } from './segment/site-template';
import { readsMonthFirst } from './dates/numeric-order';
import { type HeaderDates, headerDates } from './dates/header-dates';

/** An article before sidecars, slugs and tags are applied. */
export type ArticleDraft = Omit<Article, 'slug' | 'previousSlugs' | 'entities' | 'mentions' | 'editorNotes' | 'sourceUrl'>;

const linesOf = (blocks: Block[], reason: RemovalReason) => blocks.flatMap((b) => b.lines.map((l) => ({ line: l.n, text: l.text, reason })));

function titleOf(draft: StoryDraft): TextFact | null {
  if (draft.headline) return { value: draft.headline.text, source: 'text', line: draft.headline.line, evidence: `headline on line ${draft.headline.line}` };
  return deriveTitle(draft.body);
}

type Origin = { id: string; sourceFile: string; encoding: EncodingFact; derivedFrom: string | null };

/** What the whole page says about who published it, read once for its stories (and the words it prints in lower case, on first use). */
type PageFacts = { finds: OutletFind[]; stopwords: ReadonlySet<string>; menu: ReadonlySet<string>; printed: () => ReadonlySet<string>; siteMasthead?: (headline: number | null) => OutletFind | null };

function pageFactsOf(lines: SourceLine[], stopwords: ReadonlySet<string>, dates: HeaderDates): PageFacts {
  return { finds: outletFinds(lines, stopwords, dates), stopwords, menu: menuLinesOf(lines), printed: printedLowerCaseWords(() => lines.map((l) => l.text)) };
}

/** The outlet from the page's own lines, the byline and the body's self-references, with the evidence for it. */
function outletOf(draft: StoryDraft, page: PageFacts): TextFact | null {
  const by = draft.byline;
  const site = page.siteMasthead?.(draft.headline?.line ?? null);
  const own = site ? [...page.finds, site] : page.finds;
  const finds = by?.byline.outlet ? [...own, bylineOutletFind(by.byline.outlet, by.line, by.byline.outlet)] : own;
  return chooseOutlet(finds, inferOutlet(draft.body), draft.headline?.line ?? null, by?.byline.author ?? null);
}

/** The author, when the byline's words are people's names: not menu, section or outlet words. */
function authorOf(draft: StoryDraft, page: PageFacts, outlet: TextFact | null): TextFact | null {
  const by = draft.byline;
  if (!by) return null;
  const exclude = new Set([...page.menu].filter((m) => !m.includes(' ')));
  for (const w of outlet?.value.toLowerCase().split(/\s+/u) ?? []) exclude.add(w);
  const running = lowerCaseWords(draft.body.map((b) => b.text));
  const people = bylinePeople(by.byline.author, { stopwords: page.stopwords, exclude, running, printed: page.printed });
  if (people === null) return null;
  return { value: people, source: 'text', line: by.line, evidence: `byline on line ${by.line}` };
}

function toArticle(draft: StoryDraft, { id, sourceFile, encoding, derivedFrom }: Origin, page: PageFacts): ArticleDraft | null {
  const title = titleOf(draft);
  if (!title || draft.body.length === 0) return null;
  const outlet = outletOf(draft, page);
  const author = authorOf(draft, page, outlet);
  const datePublished = resolvePublished(draft);
  // The story's own words decide its language, not the menus and tickers around it.
  const language = languageFactOf(languageSample([title.value, ...draft.body.map((b) => b.text)]));
  return {
    id,
    sourceFile,
    title,
    datePublished,
    dateModified: resolveModified(draft, datePublished),
    author,
    outlet,
    // Each block's and removed line's language, detected here once so pages only read it (and the cache keeps it).
    body: withBlockLangs(draft.body, language.value),
    removed: withLineLangs(draft.removed),
    derivedFrom,
    language,
    encoding,
  };
}

/**
 * Compiles a decoded source text into one article, or two when a whole related article is glued under it.
 * `encoding` is what the bytes were decoded from (see decode.ts); it is recorded on every article.
 * `template` holds the lines the archive's site repeats across files (site-template.ts), removed as furniture.
 */
export function compileSource(
  id: string,
  sourceFile: string,
  text: string,
  encoding: EncodingFact = UTF8_VALID,
  template?: SiteTemplate,
): { articles: ArticleDraft[]; errors: ContentError[] } {
  const normalised = normaliseText(text);
  // Before extraction the whole page is the only text there is; language-aware extraction rules get this guess.
  const pageLanguage = detectSample(languageSample(normalised.split('\n'))).value;
  const raw = toLines(normalised);
  // Numeric dates are read day first, except slash dates on English pages that show no more day-first than month-first dates ("03/04/2019" = March 4 in US usage).
  // Where two languages read a month word as different months, the page's language reads it.
  const dateOptions = { monthFirst: readsMonthFirst(pageLanguage, raw), prefer: [pageLanguage] };
  // Glued lines are split by what the page says elsewhere (its outlet names, its menu), then read again.
  // The outlet finders read the header lines' dates through one reader for the page (header-dates.ts), with the
  // segmenter's options: a line is read once, by the finders before and after glued lines are split and the segmenter.
  const dates = headerDates(dateOptions);
  const first = pageFactsOf(raw, nameStopwords(pageLanguage), dates);
  const lines = splitGluedLines(raw, { outlets: first.finds.map((f) => f.value), menu: first.menu }, dateOptions);
  // The site's masthead across files (outlet-template.ts) is kept apart from the finds that split glued lines.
  const siteMasthead = template ? (headline: number | null) => siteMastheadFind(lines, template, first.stopwords, headline, dates) : undefined;
  const page = { ...(lines === raw ? first : pageFactsOf(lines, first.stopwords, dates)), siteMasthead };
  const blocks = segmentLines(lines, { ...dateOptions, stopwords: stopwordsFor(pageLanguage), template });
  const { main, marker, related } = splitRelated(blocks);
  const story = extractStory(main, pageLanguage, marker !== null || related.length > 0);
  const relatedStory = related.length ? extractStory(related, pageLanguage) : null;
  const whole = relatedStory !== null && isWholeStory(relatedStory);
  const cut = [...(marker ? linesOf([marker], 'related-marker') : []), ...linesOf(related, whole ? 'related-article' : 'related-block')];
  story.removed = [...story.removed, ...cut].sort((a, b) => a.line - b.line);

  const line = blocks[0]?.line ?? null;
  const linkList = linkListReason(story.body) ?? errorPageReason(story, lines);
  if (linkList) return { articles: [], errors: [contentError('empty', sourceFile, line, linkList)] };
  const article = toArticle(story, { id, sourceFile, encoding, derivedFrom: null }, page);
  if (!article) {
    const lines = blocks.reduce((n, b) => n + b.lines.length, 0);
    const why = story.body.length === 0 && lines > 0 ? allFurnitureReason(lines) : 'no article text is left once site furniture is removed';
    return { articles: [], errors: [contentError('empty', sourceFile, line, why)] };
  }
  const recovered = whole && relatedStory ? toArticle(relatedStory, { id: `${id}.related-1`, sourceFile, encoding, derivedFrom: id }, page) : null;
  return { articles: recovered ? [article, recovered] : [article], errors: [] };
}
