/**
 * The datelines a story's own lines set: the agency header that opens the first paragraph ("ROMA, 12 marzo 2024 –"),
 * a date the page split over two short lines ("31.01." over "2026."), and a calendar leaf's day alone over its month
 * and year. publication-date.ts weighs them against the page's other dates.
 */
import { asciiDigits, findDates, findSplitDate } from './date-find';
import { type CalendarParts, validParts } from './partial-date';
import type { Located, StoryDraft } from '../extract/extract-story';
import type { BodyBlock } from '../schema';

/** What may stand after an opening dateline's date: an agency in brackets, then the dash that starts the story ("– ", "— ", "- "). */
const AFTER_OPENING_DATE = /^\.?\s*(?:\([^()]{1,40}\)\s*|\/[^/]{1,20}\/\s*)?[-–—]\s/u;
/** Words before it: a place ("ROMA,", "São Paulo,"), no running lower-case word and no sentence end. */
const MAX_PLACE_WORDS = 4;

/**
 * A dateline that opens the first paragraph: "ROMA, 12 marzo 2024 – Il governo…", "LONDON, March 12, 2024 — The…",
 * "BEOGRAD, 12. marta 2024. (Tanjug) - …". The place, the date and the dash that starts the story are the agency's
 * own header, not the story's words, so the date is the page's statement of its publication day.
 * A month word languages read differently is read in the `prefer`red languages (the page's) first.
 */
export function findOpeningDateline(body: BodyBlock[], prefer: readonly string[] = []): Located<{ date: CalendarParts; text: string }> | null {
  const first = body.find((b) => b.kind === 'paragraph');
  if (!first) return null;
  const head = first.text.slice(0, 90);
  const found = findDates(head, { prefer })[0];
  if (!found || found.parts.day === null) return null;
  const before = head.slice(0, found.start).trim();
  const words = before.split(/[\s,]+/u).filter((w) => w !== '');
  if (words.length > MAX_PLACE_WORDS || /\p{Sentence_Terminal}/u.test(before) || words.some((w) => /^\p{Ll}\p{L}{3,}/u.test(w))) return null;
  if (!AFTER_OPENING_DATE.test(head.slice(found.end))) return null;
  return { date: found.parts, text: head.slice(0, found.end), line: first.line };
}

/** Lines a split date may stand on: short, so never a paragraph of the story. */
const MAX_SPLIT_LINE = 40;

/**
 * A date the page set over two lines ("31.01." over "2026.") above or inside the story: the header's lines the
 * extraction removed and the short lines it kept, read in pairs of neighbours (findSplitDate). The first such pair.
 * A month word languages read differently is read in the page's `language`, when given.
 */
export function findSplitDateline(draft: Pick<StoryDraft, 'removed' | 'body'> & Partial<Pick<StoryDraft, 'language'>>): Located<{ date: CalendarParts; text: string }> | null {
  const options = { prefer: draft.language === undefined ? [] : [draft.language] };
  const lines = new Map<number, string>();
  for (const r of draft.removed) if (r.text.length <= MAX_SPLIT_LINE) lines.set(r.line, r.text);
  for (const b of draft.body) if (b.text.length <= MAX_SPLIT_LINE) lines.set(b.line, b.text);
  for (const n of [...lines.keys()].sort((a, b) => a - b)) {
    const [first, second] = [lines.get(n)!, lines.get(n + 1)];
    const date = second === undefined ? null : findSplitDate(first, second, options);
    if (date) return { date, text: `${first} / ${second}`, line: n };
  }
  return null;
}

/** A day alone on a line, in any script's digits ("10", "10.", "١٠"): a calendar leaf's big figure. */
const DAY_LINE = /^\p{Nd}{1,2}\.?$/u;

/**
 * A dateline that names a month and year only ("декабрь, 2026 ел"), with the day the page set alone on the line straight
 * above it ("10"), as a calendar leaf prints its day over its month and year: the date with that day. Null when the
 * dateline has its day already, no year, or no such line stands above it (the page then states a month, and the month is kept).
 */
export function withDayAbove(dateline: Located<{ date: CalendarParts }>, removed: StoryDraft['removed']): Located<{ date: CalendarParts; text: string }> | null {
  const { year, month, day } = dateline.date;
  if (day !== null || month === null || year === null) return null;
  const above = removed.find((r) => r.line === dateline.line - 1 && DAY_LINE.test(r.text.trim()));
  const parts = above ? validParts({ year, month, day: Number.parseInt(asciiDigits(above.text.trim()), 10) }) : null;
  return parts ? { date: parts, text: above!.text.trim(), line: above!.line } : null;
}
