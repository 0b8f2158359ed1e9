/**
 * Extraction: from a laid-out run of blocks to a story draft — headline,
 * byline, dateline, stamps, body paragraphs and headings — with every line
 * that is not the story's own text recorded as removed, with its reason.
 */
import type { CalendarParts } from './date-parse';
import type { Byline } from './header-lines';
import { layoutBlocks } from './layout';
import type { BodyBlock, RemovalReason, RemovedLine } from './schema';
import type { Block } from './segment';
import { isProse, isTitleShaped, wordCount } from './text-shape';

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

const removeBlock = (draft: StoryDraft, block: Block, reason: RemovalReason) => {
  for (const l of block.lines) draft.removed.push({ line: l.n, text: l.text, reason });
};

/** Marks that every part of a story treats alike: furniture goes, stamps are collected. Returns true when handled. */
function takeCommonMark(draft: StoryDraft, block: Block): boolean {
  const mark = block.mark;
  if (mark?.kind === 'furniture') removeBlock(draft, block, mark.reason);
  else if (mark?.kind === 'stamp') draft.stamps.push({ date: mark.date, line: block.line });
  else return false;
  return true;
}

const isShortText = (b: Block | undefined) => !!b && b.mark === null && isTitleShaped(b.text);
const lastLine = (b: Block) => b.lines.at(-1)?.n ?? b.line;

/**
 * The headline among the header's short lines: the first one of three words or more
 * that does not sit in a run of short lines with no blank line between (a menu);
 * failing that, the last such line before the text.
 */
export function pickHeadline(header: Block[]): Block | null {
  const inRun = (i: number) => {
    const b = header[i]!;
    const prev = header[i - 1];
    const next = header[i + 1];
    return (isShortText(prev) && lastLine(prev!) + 1 === b.line) || (isShortText(next) && lastLine(b) + 1 === next!.line);
  };
  const candidates = header.map((b, i) => ({ b, i })).filter(({ b }) => isShortText(b) && wordCount(b.text) >= 3);
  return (candidates.find(({ i }) => !inRun(i)) ?? candidates.at(-1))?.b ?? null;
}

function takeHeader(draft: StoryDraft, header: Block[]): void {
  const headline = pickHeadline(header);
  for (const block of header) {
    if (takeCommonMark(draft, block)) continue;
    const mark = block.mark;
    if (mark?.kind === 'dateline' && !draft.dateline) draft.dateline = { date: mark.date, line: block.line };
    else if (mark?.kind === 'byline' && !draft.byline) draft.byline = { byline: mark.byline, line: block.line };
    else if (block === headline) draft.headline = { text: block.text, line: block.line };
    else removeBlock(draft, block, 'navigation');
  }
}

const isHeadingCandidate = (b: Block | undefined) => !!b && b.mark === null && !isProse(b.text) && isTitleShaped(b.text);

function takeBody(draft: StoryDraft, body: Block[]): void {
  const text = body.filter((b) => b.mark?.kind !== 'furniture' && b.mark?.kind !== 'stamp');
  for (const block of body) {
    if (takeCommonMark(draft, block)) continue;
    const i = text.indexOf(block);
    const inMenuRun =
      isHeadingCandidate(block) &&
      ((isHeadingCandidate(text[i - 1]) && isHeadingCandidate(text[i - 2])) ||
        (isHeadingCandidate(text[i - 1]) && isHeadingCandidate(text[i + 1])) ||
        (isHeadingCandidate(text[i + 1]) && isHeadingCandidate(text[i + 2])));
    if (inMenuRun) removeBlock(draft, block, 'navigation');
    else if (isHeadingCandidate(block) && text[i + 1] !== undefined && isProse(text[i + 1]!.text))
      draft.body.push({ kind: 'heading', text: block.text, line: block.line });
    else draft.body.push({ kind: 'paragraph', text: block.text, line: block.line });
  }
}

function takeFooter(draft: StoryDraft, footer: Block[]): void {
  for (const block of footer) {
    if (takeCommonMark(draft, block)) continue;
    const mark = block.mark;
    if (mark?.kind === 'dateline' && !draft.dateline) draft.dateline = { date: mark.date, line: block.line };
    else if (mark?.kind === 'byline' && !draft.byline) draft.byline = { byline: mark.byline, line: block.line };
    else removeBlock(draft, block, 'trailing-section');
  }
}

/** Extracts one story from its blocks (a whole file, or a related article cut out of one), written in `language`. */
export function extractStory(blocks: Block[], language = 'und'): StoryDraft {
  const draft: StoryDraft = { language, headline: null, dateline: null, stamps: [], byline: null, body: [], removed: [] };
  const { header, body, footer } = layoutBlocks(blocks);
  takeHeader(draft, header);
  takeBody(draft, body);
  takeFooter(draft, footer);
  draft.removed.sort((a, b) => a.line - b.line);
  return draft;
}

/** Whether a related block holds a whole article (a headline and at least two paragraphs), not just links. */
export function isWholeStory(draft: StoryDraft): boolean {
  return draft.headline !== null && draft.body.filter((b) => b.kind === 'paragraph').length >= 2;
}
