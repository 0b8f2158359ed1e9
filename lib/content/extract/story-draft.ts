/**
 * The story draft extraction fills, and what every part of a story (header, body, footer) does alike with it: furniture
 * is recorded as removed with its reason, stamps are collected, the first dateline and byline are the story's facts.
 */
import { type CalendarParts, isEarlierDay } from '../dates/partial-date';
import type { Byline } from '../segment/header-lines';
import type { BodyBlock, RemovalReason, RemovedLine } from '../schema';
import type { Block } from '../segment/segment';

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

/** Records every line of `block` as removed, with its reason. */
export const removeBlock = (draft: StoryDraft, block: Block, reason: RemovalReason, detail?: string) => {
  for (const l of block.lines) draft.removed.push(detail === undefined ? { line: l.n, text: l.text, reason } : { line: l.n, text: l.text, reason, detail });
};

/** Marks that every part of a story treats alike: furniture goes, stamps are collected. Returns true when handled. */
export function takeCommonMark(draft: StoryDraft, block: Block): boolean {
  const mark = block.mark;
  if (mark?.kind === 'furniture') removeBlock(draft, block, mark.reason, mark.detail);
  else if (mark?.kind === 'stamp') draft.stamps.push({ date: mark.date, line: block.line });
  else return false;
  return true;
}

/** Takes a dateline or byline as the story's fact when it is the first of its kind; a later one is a repeat. */
export function takeFact(draft: StoryDraft, block: Block, repeatReason: RemovalReason): boolean {
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

/** A dateline or a stamp. */
export const isDateMark = (b: Block | undefined) => b?.mark?.kind === 'dateline' || b?.mark?.kind === 'stamp';

/** A byline or a dateline. */
export const isMetaBlock = (b: Block) => b.mark?.kind === 'byline' || b.mark?.kind === 'dateline';
