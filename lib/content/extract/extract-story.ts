/**
 * Extraction: from a laid-out run of blocks to a story draft — headline,
 * byline, dateline, stamps, body paragraphs and headings — with every line
 * that is not the story's own text recorded as removed, with its reason.
 */
import { type CalendarParts, isEarlierDay } from '../dates/partial-date';
import type { Byline } from '../segment/header-lines';
import { layoutBlocks } from './layout';
import { isUnterminatedText } from './text-start';
import type { BodyBlock, RemovalReason, RemovedLine } from '../schema';
import type { Block } from '../segment/segment';
import { isBylineLabel, matchBareName } from '../segment/byline';
import { matchNameWithTail } from '../segment/name-tail';
import { isCased } from './name-shape';
import { nameAboveHeadline, nameRunsShort, withoutDatelinePlace } from './header-names';
import { pickHeadline } from './headline-score';
import { breadcrumbHeadline, labelledHeadline, lineOverMeta, sentenceOverMeta } from './fallback-headline';
import { stopwordsFor } from '../segment/line-evidence';
import { endsSentence, hasCase, isProse, isTitleShaped, wordCount } from '../segment/text-shape';

export type Located<T> = T & { line: number };

export type StoryDraft = {
  /** The page's language (BCP 47 tag or `und`), detected before extraction on the whole text, for language-aware rules. */
  language: string;
  headline: Located<{ text: string }> | null;
  dateline: Located<{ date: CalendarParts }> | null;
  stamps: Located<{ date: CalendarParts }>[];
  byline: Located<{ byline: Byline }> | null;
  body: BodyBlock[];
  removed: RemovedLine[];
};

const removeBlock = (draft: StoryDraft, block: Block, reason: RemovalReason, detail?: string) => {
  for (const l of block.lines) draft.removed.push(detail === undefined ? { line: l.n, text: l.text, reason } : { line: l.n, text: l.text, reason, detail });
};

/** Marks that every part of a story treats alike: furniture goes, stamps are collected. Returns true when handled. */
function takeCommonMark(draft: StoryDraft, block: Block): boolean {
  const mark = block.mark;
  if (mark?.kind === 'furniture') removeBlock(draft, block, mark.reason, mark.detail);
  else if (mark?.kind === 'stamp') draft.stamps.push({ date: mark.date, line: block.line });
  else return false;
  return true;
}

/** Takes a dateline or byline as the story's fact when it is the first of its kind; a later one is a repeat. */
function takeFact(draft: StoryDraft, block: Block, repeatReason: RemovalReason): boolean {
  const mark = block.mark;
  if (mark?.kind === 'dateline') {
    if (!draft.dateline) draft.dateline = { date: mark.date, line: block.line };
    else if (repeatReason !== 'trailing-section' && isEarlierDay(mark.date, draft.dateline.date)) {
      // Two dated lines above or in the story: an update never comes before the story it updates (nor does the site's
      // "today" above the menu), so the earlier date is the publication and the later one an update stamp.
      draft.stamps.push(draft.dateline);
      draft.dateline = { date: mark.date, line: block.line };
    } else if (!mark.byline || draft.byline) removeBlock(draft, block, repeatReason);
    if (mark.byline && !draft.byline) draft.byline = { byline: mark.byline, line: block.line };
    return true;
  }
  if (mark?.kind === 'byline') {
    if (!draft.byline) draft.byline = { byline: mark.byline, line: block.line };
    else removeBlock(draft, block, repeatReason);
    return true;
  }
  return false;
}

const isDateMark = (b: Block | undefined) => b?.mark?.kind === 'dateline' || b?.mark?.kind === 'stamp';

/**
 * A bare name ("Юрась Шчорс", "Jane Doe") right next to a dateline, or between the headline
 * and the text, is the byline: on its own a two-word capitalised line could be anything.
 */
function markBareBylines(header: Block[]): Block[] {
  // The last header line, directly above the text and below a longer title-shaped line, is placed as a byline is.
  // A line the page repeats with a site suffix is the headline, whatever its words look like.
  const underTitle = (i: number) =>
    i === header.length - 1 &&
    nameRunsShort(header[i]!.text) &&
    header.slice(0, i).some((b) => b.mark === null && isTitleShaped(b.text) && wordCount(b.text) >= 4 && !b.text.includes(header[i]!.text));
  // A name printed again at the head of the next line ("Jane Doe" over "Jane Doe - Foreign desk editor") is the byline's.
  const namedAgain = (i: number) => header[i + 1]?.mark === null && header[i + 1]!.text.startsWith(`${header[i]!.text} `);
  // A name over one short line that is no sentence (a role or an address: "Correspondent in Kyiv", "inviato a Kiev") over a date.
  const overRoleAndDate = (i: number) => {
    const role = header[i + 1];
    // A role has a word in lower case ("in", "a", "writer") or is an address; a menu word or a section name in capitals is neither.
    const roleShaped = (t: string) => t.includes('@') || (wordCount(t) >= 2 && /(?:^|\s)\p{Ll}/u.test(t)) || isBylineLabel(t);
    return role?.mark === null && role.lines.length === 1 && wordCount(role.text) <= 5 && !endsSentence(role.text) && roleShaped(role.text) && isDateMark(header[i + 2]);
  };
  // A short line that starts in lower case joins the name above it into one block ("Marco Rossi" + "inviato a Kiev",
  // "Erik Lund" + "erik.lund@…"): the name is the first line, and the second is a role or an address, no sentence.
  const nameOf = (b: Block) => {
    if (b.lines.length === 1) return b.text;
    const role = b.lines[1]!.text;
    return b.lines.length === 2 && wordCount(role) <= 5 && !endsSentence(role) ? b.lines[0]!.text : null;
  };
  return header.map((b, i) => {
    const name = nameOf(b);
    if (b.mark !== null || name === null || !(isDateMark(header[i - 1]) || isDateMark(header[i + 1]) || underTitle(i) || namedAgain(i) || overRoleAndDate(i))) return b;
    const byline = matchNameWithTail(name);
    return byline ? { ...b, mark: { kind: 'byline', byline } } : b;
  });
}

/** Reads the header; returns a bare name straight above the headline, the byline only if the page gives no other. */
function takeHeader(draft: StoryDraft, rawHeader: Block[], others: readonly string[], stopwords: ReadonlySet<string>): Block | null {
  const header = markBareBylines(rawHeader);
  const { headline, pageTitles, text } = pickHeadline(header, others, stopwords);
  const crumb = headline ? null : (breadcrumbHeadline(header) ?? labelledHeadline(header, others, stopwords) ?? sentenceOverMeta(header) ?? lineOverMeta(header, others, stopwords));
  for (const block of header) {
    if (crumb?.block === block) draft.headline = { text: crumb.text, line: block.line };
    else if (takeCommonMark(draft, block) || takeFact(draft, block, 'navigation')) continue;
    else if (block === headline) draft.headline = { text: text ?? block.text, line: block.line };
    else removeBlock(draft, block, pageTitles.includes(block) ? 'page-title' : 'navigation');
  }
  return crumb ? null : nameAboveHeadline(header, headline, others, stopwords);
}

/**
 * The byline's last reading: a bare name above the headline when nothing else on the page named a writer, and a
 * place cut from a name when the story's dateline names it (header-names.ts).
 */
function settleByline(draft: StoryDraft, aboveHeadline: Block | null): void {
  if (!draft.byline && aboveHeadline) {
    const byline = matchBareName(aboveHeadline.text);
    if (byline) {
      draft.byline = { byline, line: aboveHeadline.line };
      for (const r of draft.removed) if (r.line === aboveHeadline.line) r.reason = 'byline';
    }
  }
  if (!draft.byline) return;
  const paragraphs = draft.body.filter((b) => b.kind === 'paragraph').map((b) => b.text);
  const author = withoutDatelinePlace(draft.byline.byline.author, paragraphs);
  if (author !== draft.byline.byline.author) draft.byline = { ...draft.byline, byline: { ...draft.byline.byline, author } };
}

const isHeadingShaped = (b: Block | undefined) => !!b && b.mark === null && !isProse(b.text) && isTitleShaped(b.text);

/** The nearest unmarked block before (step -1) or after (step 1) index `i`. */
function neighbourText(body: Block[], i: number, step: 1 | -1): Block | undefined {
  for (let j = i + step; j >= 0 && j < body.length; j += step) if (body[j]!.mark === null) return body[j];
  return undefined;
}

/**
 * A line marked as furniture by a single weak signal (a label at its start) that sits between two
 * paragraphs of running text is the story's own: the position disagrees, and the story is not lost on a guess.
 */
function keepWeakBetweenProse(body: Block[]): Block[] {
  return body.map((b, i) => {
    if (b.mark?.kind !== 'furniture' || !b.mark.weak) return b;
    const [prev, next] = [neighbourText(body, i, -1), neighbourText(body, i, 1)];
    return prev && next && isProse(prev.text) && isProse(next.text) ? { ...b, mark: null } : b;
  });
}

/**
 * A bare name ("Selin KAYA", "Ion Marin") standing alone between the first two paragraphs, when the page
 * gave no byline above: the byline set under the standfirst, as many sites print it. Anywhere else in the
 * body a two-word capitalised line may be a subheading, so only this position and the name's shape together decide.
 */
function markBylineUnderStandfirst(draft: StoryDraft, body: Block[]): Block[] {
  if (draft.byline) return body;
  const texts = body.filter((b) => b.mark === null);
  const [lead, name, next] = [texts[0], texts[1], texts[2]];
  if (!lead || !name || !next || !isProse(lead.text) || !isProse(next.text) || name.lines.length !== 1 || isProse(name.text)) return body;
  const byline = matchNameWithTail(name.text);
  return byline ? body.map((b) => (b === name ? { ...b, mark: { kind: 'byline', byline } } : b)) : body;
}

/**
 * Short lines in a run of two or more between the standfirst (the first paragraph) and the second paragraph:
 * the header's leftovers a theme prints under the standfirst ("Avatar photo", "Published", "on"). A subheading
 * stands alone over its paragraph, so a run is never one; the position and the run together decide.
 */
function runUnderStandfirst(text: Block[]): Set<Block> {
  if (!text[0] || !isProse(text[0].text)) return new Set();
  const run: Block[] = [];
  for (const b of text.slice(1)) {
    if (isProse(b.text)) break;
    if (wordCount(b.text) > 4 || endsSentence(b.text)) return new Set();
    run.push(b);
  }
  // A subheading shouted in capitals and broken over two lines ("2 ADET ARAÇ DAHA" / "ENVANTERE GİRDİ") is one heading, not leftovers.
  if (run.every((b) => isShouted(b.text))) return new Set();
  return run.length >= 2 && run.length < text.length - 1 ? new Set(run) : new Set();
}

/** Every cased letter a capital, with at least four of them: a line shouted as a subheading or a label. */
function isShouted(text: string): boolean {
  let capitals = 0;
  for (const c of text) {
    if (!hasCase(c)) continue;
    if (c !== c.toUpperCase()) return false;
    capitals++;
  }
  return capitals >= 4;
}

/**
 * The short lines a sentence ending in a colon announces (its list: names, items), up to the next running
 * text: story, not a menu run, however short and alike they are.
 */
function announcedLists(text: Block[]): Set<Block> {
  const items = new Set<Block>();
  let announced = false;
  for (const b of text) {
    if (isProse(b.text)) announced = /[:：]\s*$/u.test(b.text);
    else if (announced) items.add(b);
  }
  return items;
}

/**
 * A short line (three words at most, no sentence) straight above the byline or date that sits under the standfirst:
 * part of that meta group, an agency's or desk's name ("MTI", "Redakcja"), not a subheading (a subheading stands
 * over a paragraph, not over a date). Only before the story's second paragraph, where the header's meta is set.
 */
function metaAboveDate(body: Block[]): Set<Block> {
  const out = new Set<Block>();
  let paragraphs = 0;
  for (const [i, b] of body.entries()) {
    if (b.mark === null && isProse(b.text) && ++paragraphs >= 2) break;
    const next = body[i + 1];
    const meta = next?.mark?.kind === 'dateline' || next?.mark?.kind === 'byline';
    if (paragraphs === 1 && meta && b.mark === null && b.lines.length === 1 && wordCount(b.text) <= 3 && !endsSentence(b.text)) out.add(b);
  }
  return out;
}

function takeBody(draft: StoryDraft, rawBody: Block[], stopwords: ReadonlySet<string>): void {
  const meta = metaAboveDate(rawBody);
  for (const block of meta) removeBlock(draft, block, 'byline');
  const body = markBylineUnderStandfirst(draft, keepWeakBetweenProse(rawBody.filter((b) => !meta.has(b))));
  const text = body.filter((b) => b.mark?.kind !== 'furniture' && b.mark?.kind !== 'stamp');
  // Running text in Thai or Lao ends in no terminal, so it has a heading's shape: it is neither a heading nor a menu item.
  const isHeadingCandidate = (b: Block | undefined) => isHeadingShaped(b) && !isUnterminatedText(b!, stopwords);
  const listed = announcedLists(text);
  const underStandfirst = runUnderStandfirst(text.filter((b) => b.mark === null && !listed.has(b)));
  for (const block of body) {
    if (takeCommonMark(draft, block) || takeFact(draft, block, 'byline')) continue;
    const i = text.indexOf(block);
    const inMenuRun =
      !listed.has(block) &&
      isHeadingCandidate(block) &&
      ((isHeadingCandidate(text[i - 1]) && isHeadingCandidate(text[i - 2])) ||
        (isHeadingCandidate(text[i - 1]) && isHeadingCandidate(text[i + 1])) ||
        (isHeadingCandidate(text[i + 1]) && isHeadingCandidate(text[i + 2])));
    const nextToCredit = [body[body.indexOf(block) - 1], body[body.indexOf(block) + 1]].some(
      (b) => b?.mark?.kind === 'furniture' && b.mark.reason === 'photo-credit' && Math.abs(b.line - block.line) === 1,
    );
    if (inMenuRun || underStandfirst.has(block)) removeBlock(draft, block, 'navigation');
    // A short line glued to a photo credit, not a sentence: the photo's caption.
    else if (nextToCredit && isTitleShaped(block.text) && !isProse(block.text)) removeBlock(draft, block, 'caption');
    else if (!listed.has(block) && isHeadingCandidate(block) && text[i + 1] !== undefined && (isProse(text[i + 1]!.text) || isUnterminatedText(text[i + 1]!, stopwords)))
      draft.body.push({ kind: 'heading', text: block.text, line: block.line });
    else draft.body.push({ kind: 'paragraph', text: block.text, line: block.line });
  }
}

/**
 * A name signed under the story: right beside a dateline ("10. března 2024 14:05" over "Jan Dvořák"), or the first
 * line straight after the last paragraph ("Ana Souza", "(Marco Rossi)", "Ana Souza, de São Paulo"), where many sites
 * sign. Two signals agree: the position and the shape of a name (with at most a short tail of role, place or agency).
 * After the last paragraph a third must too: the surname is not named in the story, as a tag naming one of its
 * people would be ("Pedro Sánchez" over "Congreso").
 */
function markSignature(blocks: Block[], story: readonly string[]): Block[] {
  return blocks.map((b, i) => {
    const besideDate = isDateMark(blocks[i - 1]) || isDateMark(blocks[i + 1]);
    if (b.mark !== null || b.lines.length !== 1 || !(i === 0 || besideDate)) return b;
    const byline = matchNameWithTail(b.text);
    const surname = byline?.author.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
    const bare = matchBareName(b.text) !== null;
    if (!byline || (!besideDate && (bare || story.some((t) => t.toLowerCase().includes(surname))))) return b;
    return { ...b, mark: { kind: 'byline', byline } };
  });
}

function takeFooter(draft: StoryDraft, rawFooter: Block[]): void {
  const story = [draft.headline?.text ?? '', ...draft.body.map((b) => b.text)];
  // A byline of one word in a cased script ("Por Redação", "By Staff") names a desk, not a person: a signature may follow.
  const desk = draft.byline !== null && !/\s/u.test(draft.byline.byline.author.trim()) && isCased(draft.byline.byline.author);
  const footer = draft.byline && !desk ? rawFooter : markSignature(rawFooter, story);
  if (desk && footer.some((b) => b.mark?.kind === 'byline')) draft.byline = null;
  for (const block of footer) {
    if (takeCommonMark(draft, block)) continue;
    const mark = block.mark;
    const fresh = (mark?.kind === 'dateline' && !draft.dateline) || (mark?.kind === 'byline' && !draft.byline);
    if (!fresh || !takeFact(draft, block, 'trailing-section')) removeBlock(draft, block, 'trailing-section');
  }
}

/** Extracts one story from its blocks (a whole file, or a related article cut out of one), written in `language`. */
export function extractStory(blocks: Block[], language = 'und'): StoryDraft {
  const draft: StoryDraft = { language, headline: null, dateline: null, stamps: [], byline: null, body: [], removed: [] };
  const stopwords = stopwordsFor(language);
  const { header, body, footer } = layoutBlocks(blocks, stopwords);
  const others = blocks.flatMap((b) => b.lines.map((l) => l.text.trim()));
  const aboveHeadline = takeHeader(draft, header, others, stopwords);
  takeBody(draft, body, stopwords);
  takeFooter(draft, footer);
  settleByline(draft, aboveHeadline);
  draft.removed.sort((a, b) => a.line - b.line);
  return draft;
}

/** Whether a related block holds a whole article (a headline and at least two paragraphs), not just links. */
export function isWholeStory(draft: StoryDraft): boolean {
  return draft.headline !== null && draft.body.filter((b) => b.kind === 'paragraph').length >= 2;
}
