/**
 * The partial calendar date: a year, a month or a day only where the text gives
 * one (a day without a year stays without a year), checked against the calendar,
 * and its ISO form at that precision. The one year range and the one reader of
 * ISO partial values (`2017`, `2017-09`, `2017-09-18`): every module that needs the
 * parts of such a value reads them here, never with its own regex or split.
 */

export type CalendarParts = { year: number | null; month: number | null; day: number | null };

/** The lowest and highest year read as a calendar year; fixed, never the build's clock. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2099;
/** Regex source for a four-digit year in [MIN_YEAR, MAX_YEAR], for readers that look for years in text. */
export const YEAR_DIGITS = String.raw`(?:19|20)\d\d`;

/** True for a number that can be a calendar year here. */
export function plausibleYear(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR;
}

function daysInMonth(year: number | null, month: number): number {
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

/** The parts when they form a real calendar date between MIN_YEAR and MAX_YEAR, else null. */
export function validParts(parts: CalendarParts): CalendarParts | null {
  const { year, month, day } = parts;
  if (year !== null && !plausibleYear(year)) return null;
  if (month !== null && (!Number.isInteger(month) || month < 1 || month > 12)) return null;
  if (day !== null && (month === null || !Number.isInteger(day) || day < 1 || day > daysInMonth(year, month))) return null;
  return parts;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO value at the precision the parts carry, or null without a year. */
export function toIsoValue(parts: CalendarParts): string | null {
  if (parts.year === null) return null;
  const mm = parts.month === null ? '' : `-${pad(parts.month)}`;
  const dd = parts.month === null || parts.day === null ? '' : `-${pad(parts.day)}`;
  return `${parts.year}${mm}${dd}`;
}

/** Precision the parts carry. */
export function precisionOf(parts: CalendarParts): 'day' | 'month' | 'year' | 'none' {
  if (parts.year === null) return 'none';
  if (parts.month === null) return 'year';
  return parts.day === null ? 'month' : 'day';
}

/** The ISO partial form: YYYY, YYYY-MM or YYYY-MM-DD (schema.ts checks stored values with it too). */
export const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses an ISO partial value (YYYY, YYYY-MM, YYYY-MM-DD) into parts; null if it is not a real date. */
export function partsFromIso(value: string): CalendarParts | null {
  const m = ISO_PARTIAL.exec(value);
  if (!m) return null;
  return validParts({ year: +m[1]!, month: m[2] ? +m[2] : null, day: m[3] ? +m[3] : null });
}

/** A known year with optional month and day: the parts of a stored ISO partial value. */
export type IsoParts = { year: number; month: number | null; day: number | null };

/**
 * The parts of an ISO partial value that is known to be valid (a stored DateFact or
 * EventDate value, checked by the schema); throws on anything else, which is a bug upstream.
 */
export function isoParts(value: string): IsoParts {
  const parts = partsFromIso(value);
  if (!parts || parts.year === null) throw new Error(`not an ISO partial date: ${value}`);
  return { year: parts.year, month: parts.month, day: parts.day };
}

/** Whether `a` is a day before `b`; false unless both state their year, month and day. */
export function isEarlierDay(a: CalendarParts, b: CalendarParts): boolean {
  if (a.year === null || a.month === null || a.day === null || b.year === null || b.month === null || b.day === null) return false;
  return a.year !== b.year ? a.year < b.year : a.month !== b.month ? a.month < b.month : a.day < b.day;
}
