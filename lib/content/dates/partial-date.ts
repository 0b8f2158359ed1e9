/**
 * The partial calendar date: a year, a month or a day only where the text gives
 * one (a day without a year stays without a year), checked against the calendar,
 * and its ISO form at that precision.
 */

export type CalendarParts = { year: number | null; month: number | null; day: number | null };

function daysInMonth(year: number | null, month: number): number {
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

/** The parts when they form a real calendar date between 1900 and 2100, else null. */
export function validParts(parts: CalendarParts): CalendarParts | null {
  const { year, month, day } = parts;
  if (year !== null && (year < 1900 || year > 2100)) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (month === null || day < 1 || day > daysInMonth(year, month))) return null;
  return parts;
}

/** ISO value at the precision the parts carry, or null without a year. */
export function toIsoValue(parts: CalendarParts): string | null {
  if (parts.year === null) return null;
  const mm = parts.month === null ? '' : `-${String(parts.month).padStart(2, '0')}`;
  const dd = parts.month === null || parts.day === null ? '' : `-${String(parts.day).padStart(2, '0')}`;
  return `${parts.year}${mm}${dd}`;
}

/** Precision the parts carry. */
export function precisionOf(parts: CalendarParts): 'day' | 'month' | 'year' | 'none' {
  if (parts.year === null) return 'none';
  if (parts.month === null) return 'year';
  return parts.day === null ? 'month' : 'day';
}

/** Parses an ISO partial value (YYYY, YYYY-MM, YYYY-MM-DD) into parts; null if it is not a real date. */
export function partsFromIso(value: string): CalendarParts | null {
  const m = value.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/);
  if (!m) return null;
  return validParts({ year: +m[1]!, month: m[2] ? +m[2] : null, day: m[3] ? +m[3] : null });
}
