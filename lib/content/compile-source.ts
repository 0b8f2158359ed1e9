/**
 * One source file's text through normalise → segment → extract: the story it
 * holds and, when its related-articles block carries a whole article, that one too.
 */
import { UTF8_VALID } from './source/decode';
import { deriveTitle } from './extract/derive-title';
import { contentError } from './errors';
import { extractStory, isWholeStory, type StoryDraft } from './extract/extract-story';
import { allFurnitureReason, linkListReason } from './extract/furniture-page';
import { inferOutlet } from './extract/infer-outlet';
import { detectLanguage, languageFactOf } from './extract/language';
import { splitRelated } from './extract/layout';
import { normaliseText, toLines } from './source/normalise';
import { resolveModified, resolvePublished } from './dates/publication-date';
import type { Article, ContentError, EncodingFact, RemovalReason, TextFact } from './schema';
import { type Block, segmentLines } from './segment/segment';
import { stopwordsFor } from './segment/line-evidence';
import type { SiteTemplate } from './segment/site-template';

/** An article before sidecars, slugs and tags are applied. */
export type ArticleDraft = Omit<Article, 'slug' | 'previousSlugs' | 'entities' | 'mentions' | 'editorNotes' | 'sourceUrl'>;

const linesOf = (blocks: Block[], reason: RemovalReason) => blocks.flatMap((b) => b.lines.map((l) => ({ line: l.n, text: l.text, reason })));

function titleOf(draft: StoryDraft): TextFact | null {
  if (draft.headline) return { value: draft.headline.text, source: 'text', line: draft.headline.line, evidence: `headline on line ${draft.headline.line}` };
  return deriveTitle(draft.body);
}

type Origin = { id: string; sourceFile: string; encoding: EncodingFact; derivedFrom: string | null };

function toArticle(draft: StoryDraft, { id, sourceFile, encoding, derivedFrom }: Origin): ArticleDraft | null {
  const title = titleOf(draft);
  if (!title || draft.body.length === 0) return null;
  const by = draft.byline;
  const author: TextFact | null = by ? { value: by.byline.author, source: 'text', line: by.line, evidence: `byline on line ${by.line}` } : null;
  const outlet: TextFact | null =
    by?.byline.outlet ? { value: by.byline.outlet, source: 'text', line: by.line, evidence: `byline on line ${by.line}` } : inferOutlet(draft.body);
  const datePublished = resolvePublished(draft);
  return {
    id,
    sourceFile,
    title,
    datePublished,
    dateModified: resolveModified(draft, datePublished),
    author,
    outlet,
    body: draft.body,
    removed: draft.removed,
    derivedFrom,
    // The story's own words decide its language, not the menus and tickers around it.
    language: languageFactOf([title.value, ...draft.body.map((b) => b.text)].join('\n')),
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
  const pageLanguage = detectLanguage(normalised).value;
  // Numeric dates are read day first, except slash dates on English pages ("03/04/2019" = March 4 in US usage).
  const blocks = segmentLines(toLines(normalised), { monthFirst: pageLanguage === 'en', stopwords: stopwordsFor(pageLanguage), template });
  const { main, marker, related } = splitRelated(blocks);
  const story = extractStory(main, pageLanguage);
  const relatedStory = related.length ? extractStory(related, pageLanguage) : null;
  const whole = relatedStory !== null && isWholeStory(relatedStory);
  const cut = [...(marker ? linesOf([marker], 'related-marker') : []), ...linesOf(related, whole ? 'related-article' : 'related-block')];
  story.removed = [...story.removed, ...cut].sort((a, b) => a.line - b.line);

  const line = blocks[0]?.line ?? null;
  const linkList = linkListReason(story.body);
  if (linkList) return { articles: [], errors: [contentError('empty', sourceFile, line, linkList)] };
  const article = toArticle(story, { id, sourceFile, encoding, derivedFrom: null });
  if (!article) {
    const lines = blocks.reduce((n, b) => n + b.lines.length, 0);
    const why = story.body.length === 0 && lines > 0 ? allFurnitureReason(lines) : 'no article text is left once site furniture is removed';
    return { articles: [], errors: [contentError('empty', sourceFile, line, why)] };
  }
  const recovered = whole && relatedStory ? toArticle(relatedStory, { id: `${id}.related-1`, sourceFile, encoding, derivedFrom: id }) : null;
  return { articles: recovered ? [article, recovered] : [article], errors: [] };
}
