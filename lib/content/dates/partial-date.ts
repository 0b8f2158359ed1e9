/**
 * Reads calendar dates out of short strings, keeping exactly the precision the
 * text gives: a day without a year stays without a year.
 */

import { findDate, validParts } from './date-find';

export type CalendarParts = { year: number | null; month: number | null; day: number | null };

/**
 * Parses a string that is nothing but a date (optionally with a weekday and a time
 * before or after it), in any language date-find.ts reads. Null when the string holds anything else.
 */
export function parseDateExpression(input: string): CalendarParts | null {
  // Cheap exit: every date form has a digit, and a date line is short.
  if (input.length > 60 || !/\d/.test(input)) return null;
  const found = findDate(input);
  if (!found) return null;
  const rest = `${input.slice(0, found.start)} ${input.slice(found.end)}`
    .replace(/(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:UTC|GMT|MSK|CET|EET)(?:[+-]\d{1,2})?)?/giu, ' ')
    .replace(/[\s,.|/–—\-·•]+/gu, ' ')
    .trim();
  // At most one word may stand beside the date: a weekday ("Mon, 18.09.2017") or "at".
  return rest === '' || /^\p{L}+$/u.test(rest) ? found.parts : null;
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
