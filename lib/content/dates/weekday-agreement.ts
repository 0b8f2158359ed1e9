/**
 * A weekday written beside a full date states the same day a second time: "Friday 03/04/2026", "nedjelja, 11. listopada
 * 2020.". Where the figures or the month word allow two readings (day or month first; "listopada" is October in
 * Croatian, November in Polish and Czech), the weekday picks the one it agrees with; and a weekday whose language's names
 * are not otherwise read beside a date ("venerdi le 4 de januario 2019", Ewe "fiɖa,", Bambara "kari,") is taken as part
 * of the date when it names that date's own weekday: a chance word beside a date seldom does. Header lines only.
 */
import type { FoundDate } from './date-find';
import { type CalendarParts, validParts } from './partial-date';
import { isMonthName } from './month-names';
import { daysNamedBy } from './weekday-names';

/** The weekday (0 = Sunday) of a full date, or null. */
export const weekdayOf = ({ year, month, day }: CalendarParts) => (year !== null && month !== null && day !== null ? new Date(Date.UTC(year, month - 1, day)).getUTCDay() : null);

// The word right before the date, with its dot or comma, and perhaps one short joining word after it ("venerdi le 4…").
const WORD_BEFORE = /(?<![\p{L}\p{M}])([\p{L}\p{M}]{2,})(\.?[,،]?)\s*(?:\p{Ll}{1,3}\s+)?$/u;
// The word right after the date, after its comma: "4 March 2026, Wednesday".
const WORD_AFTER = /^([,،]?\s*)([\p{L}\p{M}]{2,})\.?(?![\p{L}\p{M}\d])/u;
// The word a reading opens with, when it took the weekday in itself ("Wednesday, 4 March 2026").
const WORD_OPENING = /^([\p{L}\p{M}]{2,})(\.?[,،]?)\s/u;
// Figures alone parted by slashes, which some pages write month first: "03/04/2026", "03/04/26" (dots and hyphens are day first).
const BARE_FIGURES = /^(\d{1,2})\/\s?(\d{1,2})\/\s?(\d{2}|\d{4})$/u;

/** A weekday word beside a date: its text, the characters it adds to the date's span, and on which side. */
type Beside = { word: string; mark: string; start: number; end: number };

/** The words beside `d` that may be its weekday: inside its opening, before it, after it. */
function wordsBeside(text: string, d: FoundDate): Beside[] {
  const found: Beside[] = [];
  const opening = WORD_OPENING.exec(text.slice(d.start, d.end));
  // A reading that opens with its own month word ("Mar 18, 2021": March, Teso's May, and a Tuesday in Spanish) took no
  // weekday in: the word is the month, and cannot also name the day.
  const isOwnMonth = opening !== null && isMonthName(opening[1]!) && !/\p{L}/u.test(text.slice(d.start + opening[0].length, d.end));
  if (opening && !isOwnMonth) found.push({ word: opening[1]!, mark: opening[2]!, start: d.start, end: d.end });
  const windowStart = Math.max(0, d.start - 32);
  const before = WORD_BEFORE.exec(text.slice(windowStart, d.start));
  if (before) found.push({ word: before[1]!, mark: before[2]!, start: windowStart + before.index, end: d.end });
  const after = WORD_AFTER.exec(text.slice(d.end, d.end + 32));
  if (after) found.push({ word: after[2]!, mark: after[1]!.trim(), start: d.start, end: d.end + after[0].length });
  // Two letters are a weekday only with their dot or comma ("Di., 12.03.2024"): bare, "on" or "to" is a word.
  return found.filter((b) => b.word.length >= 3 || b.mark !== '');
}

/** The other order of a date written in figures alone whose first two numbers could each be the month; null otherwise. */
function swapped(text: string, d: FoundDate): CalendarParts | null {
  if (!BARE_FIGURES.test(text.slice(d.start, d.end)) || d.parts.day === null || d.parts.month === null) return null;
  return validParts({ year: d.parts.year, month: d.parts.day, day: d.parts.month });
}

const same = (a: CalendarParts, b: CalendarParts) => a.year === b.year && a.month === b.month && a.day === b.day;

/**
 * `d` confirmed, or read otherwise, by the weekday written beside it: the reading (of `d`, its figures in the other
 * order, and `readings` over the same words) whose weekday the word names, when exactly one does, with the weekday
 * taken into its span. Null when no word beside it names a weekday any reading falls on: the caller keeps `d` as read.
 */
export function withAgreeingWeekday(text: string, d: FoundDate, readings: readonly FoundDate[]): FoundDate | null {
  if (weekdayOf(d.parts) === null || d.until !== null) return null;
  const others = readings.filter((r) => r.start < d.end && d.start < r.end && weekdayOf(r.parts) !== null);
  const options: { parts: CalendarParts; start: number; end: number }[] = [d, ...others];
  const turned = swapped(text, d);
  if (turned) options.push({ parts: turned, start: d.start, end: d.end });
  for (const beside of wordsBeside(text, d)) {
    const days = daysNamedBy(beside.word);
    if (days.size === 0) continue;
    const agreeing = options.filter((o) => days.has(weekdayOf(o.parts)!));
    const chosen = agreeing.find((o) => same(o.parts, d.parts)) ?? (agreeing.every((o) => same(o.parts, agreeing[0]!.parts)) ? agreeing[0] : undefined);
    if (!chosen) continue;
    return { ...d, parts: chosen.parts, start: Math.min(beside.start, chosen.start), end: Math.max(beside.end, chosen.end), weekday: true };
  }
  return null;
}
