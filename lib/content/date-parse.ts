/**
 * Reads calendar dates out of short strings, keeping exactly the precision the
 * text gives: a day without a year stays without a year.
 */

export type CalendarParts = { year: number | null; month: number | null; day: number | null };

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: [number, string[]][] = [
  [1, ['january', 'jan', 'января', 'январь', 'студзеня']],
  [2, ['february', 'feb', 'февраля', 'февраль', 'лютага']],
  [3, ['march', 'mar', 'марта', 'март', 'сакавіка']],
  [4, ['april', 'apr', 'апреля', 'апрель', 'красавіка']],
  [5, ['may', 'мая', 'май', 'мая', 'траўня']],
  [6, ['june', 'jun', 'июня', 'июнь', 'чэрвеня']],
  [7, ['july', 'jul', 'июля', 'июль', 'ліпеня']],
  [8, ['august', 'aug', 'августа', 'август', 'жніўня']],
  [9, ['september', 'sep', 'sept', 'сентября', 'сентябрь', 'верасня']],
  [10, ['october', 'oct', 'октября', 'октябрь', 'кастрычніка']],
  [11, ['november', 'nov', 'ноября', 'ноябрь', 'лістапада']],
  [12, ['december', 'dec', 'декабря', 'декабрь', 'снежня']],
];
for (const [n, names] of MONTH_NAMES) for (const name of names) MONTHS[name] = n;

/** Regex source matching any month name (longest first, so "September" wins over "Sep"). */
export const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

function daysInMonth(year: number | null, month: number): number {
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

function valid(parts: CalendarParts): CalendarParts | null {
  const { year, month, day } = parts;
  if (year !== null && (year < 1900 || year > 2100)) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (month === null || day < 1 || day > daysInMonth(year, month))) return null;
  return parts;
}

const TIME = String.raw`(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:UTC|GMT|MSK|CET|EET)(?:[+-]\d{1,2})?)?)`;
const WEEKDAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?`;
const M = `(${MONTH_PATTERN})\\.?`;

const FORMS: { re: RegExp; read: (m: RegExpMatchArray) => CalendarParts }[] = [
  // 2017-09-18
  { re: /^(\d{4})-(\d{2})-(\d{2})$/, read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  // 18.09.2017, 31-05-2020, 18/09/2017 (day first, as European sites write them)
  { re: /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/, read: (m) => ({ year: +m[3]!, month: +m[2]!, day: +m[1]! }) },
  // September 18, 2017 / Sept. 18 2017
  { re: new RegExp(`^${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'iu'), read: (m) => ({ year: +m[3]!, month: monthNumber(m[1]!), day: +m[2]! }) },
  // 18 September 2017 / 18 сентября 2017 г.
  { re: new RegExp(`^(\\d{1,2})\\s+${M},?\\s+(\\d{4})(?:\\s*г\\.?)?$`, 'iu'), read: (m) => ({ year: +m[3]!, month: monthNumber(m[2]!), day: +m[1]! }) },
  // September 2017
  { re: new RegExp(`^${M},?\\s+(\\d{4})$`, 'iu'), read: (m) => ({ year: +m[2]!, month: monthNumber(m[1]!), day: null }) },
  // September 18 / Apr 12 (no year)
  { re: new RegExp(`^${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?$`, 'iu'), read: (m) => ({ year: null, month: monthNumber(m[1]!), day: +m[2]! }) },
  // 18 September (no year)
  { re: new RegExp(`^(\\d{1,2})\\s+${M}$`, 'iu'), read: (m) => ({ year: null, month: monthNumber(m[2]!), day: +m[1]! }) },
];

/**
 * Parses a string that is nothing but a date (optionally with a weekday and a time
 * before or after it). Returns null when the string holds anything else.
 */
const LEADING_WEEKDAY = new RegExp(`^${WEEKDAY}\\s*`, 'i');
const LEADING_TIME = new RegExp(`^${TIME}\\s*[,|/–-]?\\s*`, 'i');
const TRAILING_TIME = new RegExp(`\\s*[,|/–-]?\\s*(?:at\\s+)?${TIME}$`, 'i');

export function parseDateExpression(input: string): CalendarParts | null {
  // Cheap exit: every date form has a digit, and a date line is short.
  if (input.length > 60 || !/\d/.test(input)) return null;
  const stripped = input.trim().replace(LEADING_WEEKDAY, '').replace(LEADING_TIME, '').replace(TRAILING_TIME, '').trim();
  for (const form of FORMS) {
    const m = stripped.match(form.re);
    if (m) return valid(form.read(m));
  }
  return null;
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
  return valid({ year: +m[1]!, month: m[2] ? +m[2] : null, day: m[3] ? +m[3] : null });
}
