/**
 * Publication and modification dates, each with its precision, source and
 * evidence. Order of trust: an editor's sidecar, a dateline (a line of its own, or the
 * agency header opening the first paragraph, a date set over two lines: story-datelines.ts), a reported-speech
 * date in the opening paragraphs ("said on June 21"), an update stamp
 * when the text does not date itself earlier, the dated path of the page's own address
 * among its lines (page-address.ts), and last the year alone of a date line in the header whose month no reader
 * can read, or its day when the month is an ordinal ("Oṣù Kejìlá": year-line.ts). A year is never guessed, nor a month.
 */
import { findDates } from './date-find';
import { findOpeningDateline, findSplitDateline, withDayAbove } from './story-datelines';
import { pageAddressDate } from './page-address';
import { headerYearLine } from './year-line';
import { type CalendarParts, precisionOf, toIsoValue, YEAR_DIGITS } from './partial-date';
import type { Located, StoryDraft } from '../extract/extract-story';
import type { BodyBlock, DateFact } from '../schema';

const NO_DATE: DateFact = { value: null, precision: 'none', partial: null, source: 'none', line: null, evidence: 'no date in the text' };

/** A DateFact from calendar parts, keeping a yearless day and month in `partial`. */
export function dateFact(parts: CalendarParts, source: DateFact['source'], line: number | null, evidence: string): DateFact {
  const value = toIsoValue(parts);
  const partial = value === null && parts.month !== null ? { month: parts.month, day: parts.day } : null;
  return { value, precision: precisionOf(parts), partial, source, line, evidence };
}

/** A short excerpt of `text` around `at`, so evidence shows the words that matter. */
function excerpt(text: string, at = 0, width = 120): string {
  let start = Math.max(0, Math.min(at - width / 2, text.length - width));
  // Start on a word, not inside one.
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  const body = text.slice(start, start + width).trim();
  return `«${start > 0 ? '…' : ''}${body}${start + width < text.length ? '…' : ''}»`;
}
const sentences = (text: string) => text.split(/(?<=[.!?…][”"’»]?)\s+(?=[“"«‘\p{Lu}])/u);

const REPORTING = /\b(said|says|told|talking to|speaking to|announced|stated|declared|reported|noted|wrote)\b/i;

/**
 * The day of reported speech in the first two paragraphs ("Lukashenko said on Apr 12"): the
 * page's own statement of when its news happened. Only the day and month it writes are
 * kept; a year comes only from the page too (findCurrentYear), never from a clock.
 */
export function findNewsPeg(body: BodyBlock[]): Located<{ date: CalendarParts; sentence: string; at: number }> | null {
  for (const block of body.filter((b) => b.kind === 'paragraph').slice(0, 2)) {
    for (const sentence of sentences(block.text)) {
      if (!REPORTING.test(sentence)) continue;
      const said = findDates(sentence, { prose: true }).find((d) => d.parts.day !== null && /\bon\s+$/iu.test(sentence.slice(0, d.start)));
      if (said) return { date: said.parts, sentence, at: said.start, line: block.line };
    }
  }
  return null;
}

const FUTURE = /\b(will|shall|is to be|are to be|is expected|are expected|is scheduled|are scheduled|plans? to|is planned|are planned)\b/i;
const YEAR = new RegExp(`\\b(${YEAR_DIGITS})\\b`, 'gu');
/** A year framed as the period in progress ("within 2016", "during 2016"); "by 2025" or "in 2025" is a deadline or a plan, not the present. */
const IN_PROGRESS = new RegExp(`\\b(?:within|during|throughout|in the course of)\\s+(${YEAR_DIGITS})\\b`, 'giu');

/**
 * The year the page states as its present: named as the period in progress in a sentence about
 * what will happen within it ("Within 2016, 120 trucks will be delivered"), and no later year
 * named anywhere in the text. A sentence that only looks ahead ("will receive the missiles by
 * 2025") never names the present. Null when no year, several, or a later one is named. It only
 * ever completes a day and month the page states (a dateline, a reported-speech day).
 */
export function findCurrentYear(body: BodyBlock[]): Located<{ year: number; sentence: string }> | null {
  const found = new Map<number, Located<{ year: number; sentence: string }>>();
  for (const block of body) {
    for (const sentence of sentences(block.text)) {
      if (!FUTURE.test(sentence)) continue;
      for (const m of sentence.matchAll(IN_PROGRESS)) {
        const year = Number(m[1]);
        if (!found.has(year)) found.set(year, { year, sentence, line: block.line });
      }
    }
  }
  const only = found.size === 1 ? [...found.values()][0]! : null;
  const latest = latestYearMentioned(body);
  return only && (latest === null || latest <= only.year) ? only : null;
}

/** The latest year the body mentions at all, or null. */
export function latestYearMentioned(body: BodyBlock[]): number | null {
  const years = body.flatMap((b) => [...b.text.matchAll(YEAR)].map((m) => Number(m[1])));
  return years.length ? Math.max(...years) : null;
}

/** Gives a yearless date its year when the text states the current year; otherwise leaves it partial. */
function withYear(parts: CalendarParts, body: BodyBlock[]): { parts: CalendarParts; note: string } {
  if (parts.year !== null) return { parts, note: '' };
  const current = findCurrentYear(body);
  if (!current) return { parts, note: '; the text gives no year, so the year stays unknown' };
  return {
    parts: { ...parts, year: current.year },
    note: `; year ${current.year} from line ${current.line}, which speaks of it as current: ${excerpt(current.sentence)}`,
  };
}

/** The article's publication date from its own text (sidecars are applied later). */
export function resolvePublished(draft: StoryDraft): DateFact {
  const leaf = draft.dateline ? withDayAbove(draft.dateline, draft.removed) : null;
  if (leaf) return dateFact(leaf.date, 'dateline', leaf.line, `dateline on line ${draft.dateline!.line}, with its day «${leaf.text}» alone on line ${leaf.line} above it`);
  if (draft.dateline) {
    const { parts, note } = withYear(draft.dateline.date, draft.body);
    const source = draft.dateline.date.year === null && parts.year !== null ? 'in-text' : 'dateline';
    return dateFact(parts, source, draft.dateline.line, `dateline on line ${draft.dateline.line}${note}`);
  }
  const split = findSplitDateline(draft);
  if (split) return dateFact(split.date, 'dateline', split.line, `date set over lines ${split.line} and ${split.line + 1}: «${split.text}»`);
  const opening = findOpeningDateline(draft.body, [draft.language]);
  if (opening) {
    const { parts, note } = withYear(opening.date, draft.body);
    const source = opening.date.year === null && parts.year !== null ? 'in-text' : 'dateline';
    return dateFact(parts, source, opening.line, `dateline opening the first paragraph on line ${opening.line}: «${opening.text}»${note}`);
  }
  const peg = findNewsPeg(draft.body);
  if (peg) {
    const { parts, note } = withYear(peg.date, draft.body);
    return dateFact(parts, 'in-text', peg.line, `date of the reported statement on line ${peg.line}: ${excerpt(peg.sentence, peg.at)}${note}`);
  }
  const stamp = draft.stamps[0];
  const latest = latestYearMentioned(draft.body);
  if (stamp && stamp.date.year !== null && (latest === null || latest >= stamp.date.year)) {
    return dateFact(stamp.date, 'stamp', stamp.line, `only date in the file is the stamp on line ${stamp.line}, and the text names no earlier time`);
  }
  const firstParagraph = draft.body.find((b) => b.kind === 'paragraph')?.line ?? null;
  const address = pageAddressDate([...draft.removed, ...draft.body], draft.headline?.text ?? null, firstParagraph);
  if (address) return dateFact(address.date, 'source-url', address.line, address.evidence);
  const yearLine = headerYearLine(draft.removed, draft.headline?.line ?? null, firstParagraph, draft.language);
  if (yearLine) {
    const why = yearLine.month === null ? 'only its year is read, its month is no word any calendar data names' : 'its month is written as an ordinal';
    return dateFact(yearLine, 'dateline', yearLine.line, `date line ${yearLine.line} «${yearLine.text}»: ${why}`);
  }
  return NO_DATE;
}

/** The modification date: an update or republication stamp, when the file has one. */
export function resolveModified(draft: StoryDraft, published: DateFact): DateFact | null {
  const stamp = draft.stamps[0];
  if (!stamp || published.source === 'stamp') return null;
  const latest = latestYearMentioned(draft.body);
  const why = latest !== null && stamp.date.year !== null && latest < stamp.date.year ? `; the text itself names no year after ${latest}, so this is not the publication date` : '';
  return dateFact(stamp.date, 'stamp', stamp.line, `update stamp on line ${stamp.line}${why}`);
}
