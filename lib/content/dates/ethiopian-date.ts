/**
 * Dates of the Ethiopian calendar, as Ethiopian pages write them: "የካቲት 23 ቀን 2017 ዓ.ም", "የካቲት 22/2017 ዓ.ም",
 * "ረቡዕ፣ ታኅሣሥ 23 2017". Its months share their names with the months CLDR gives Tigrinya for the Gregorian calendar
 * ("መስከረም" is the Ethiopian first month and Tigrinya's September), and its years (2017 = 2024/25) are plausible
 * Gregorian ones, so a date is read in this calendar only on evidence the page writes: the era's mark after the year
 * ("ዓ.ም", Amete Mihret), or a weekday written before the date that this calendar's reading falls on and the Gregorian
 * one does not. The month names, the weekdays and the conversion are the runtime's (Intl, CLDR: the ethiopic calendar in
 * Amharic, Tigrinya and Latin letters); letters Amharic writes in several ways for one sound ("ኅ"/"ህ", "ሣ"/"ሳ") are read
 * as one. Header lines only (date-find.ts), digits already ASCII.
 */
import { type CalendarParts, validParts } from './partial-date';
import { memo } from './date-languages';
import { intlWeekdays } from './weekday-names';

const LOCALES = ['am', 'ti', 'en'];
/** Ethiopian years read: those of Gregorian 1900–2099. */
const MIN_YEAR = 1892;
const MAX_YEAR = 2092;
const DAY = 86_400_000;

/** Series of letters Amharic writes alike (ሐ, ኀ → ሀ; ሠ → ሰ; ዐ → አ; ፀ → ጸ), each vowel order to its own. */
const HOMOPHONES: readonly [from: number, to: number][] = [[0x1210, 0x1200], [0x1280, 0x1200], [0x1220, 0x1230], [0x12d0, 0x12a0], [0x1340, 0x1338]];
function fold(word: string): string {
  return [...word.normalize('NFC').toLocaleLowerCase()]
    .map((c) => {
      const cp = c.codePointAt(0)!;
      const series = HOMOPHONES.find(([from]) => cp >= from && cp < from + 8);
      return series ? String.fromCodePoint(series[1] + cp - series[0]) : c;
    })
    .join('');
}

type Names = { months: Map<string, number>; weekdays: Map<string, number> };

/** Month (1–13) and weekday (0 = Sunday) names in every locale read, folded; made on first use. */
const names = memo((): Names => {
  const months = new Map<string, number>();
  const weekdays = new Map<string, number>();
  const start = Date.UTC(2001, 8, 11);
  for (const locale of LOCALES) {
    const month = new Intl.DateTimeFormat(`${locale}-u-ca-ethiopic`, { month: 'long', timeZone: 'UTC' });
    const number = new Intl.DateTimeFormat('en-u-ca-ethiopic-nu-latn', { month: 'numeric', timeZone: 'UTC' });
    for (let d = 0; d < 366; d += 5) months.set(fold(month.format(start + d * DAY)), +number.format(start + d * DAY));
    for (const length of ['long', 'short'] as const) intlWeekdays(locale, length).forEach((written, d) => weekdays.set(fold(written), d));
  }
  return { months, weekdays };
});

/** True for a month name of the Ethiopian calendar, in any of its spellings read here. */
export const isEthiopianMonth = (word: string): boolean => names().months.has(fold(word));

const ETHIOPIC = new Intl.DateTimeFormat('en-u-ca-ethiopic-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
/** The Ethiopian year, month and day of a Gregorian instant, by the runtime's calendar. */
function ethiopianOf(time: number): [number, number, number] {
  const parts = ETHIOPIC.formatToParts(time);
  const value = (type: string) => Number.parseInt(parts.find((p) => p.type === type)?.value ?? '', 10);
  return [value('year'), value('month'), value('day')];
}

/** The instant of an Ethiopian date, or null when the calendar has no such day. */
function timeOfEthiopian(year: number, month: number, day: number): number | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 13 || day < 1 || day > 30) return null;
  // The year starts on 11 or 12 September of Gregorian year + 7; every month has 30 days, the thirteenth five or six.
  const guess = Date.UTC(year + 7, 8, 11) + ((month - 1) * 30 + day - 1) * DAY;
  for (const shift of [0, 1, -1]) {
    const [y, m, d] = ethiopianOf(guess + shift * DAY);
    if (y === year && m === month && d === day) return guess + shift * DAY;
  }
  return null;
}

const WORD = String.raw`([\p{L}\p{M}]{2,8})`;
/** "23 ታኅሣሥ 2017", "ታኅሣሥ 23 2017", "የካቲት 23 ቀን 2017", "ህዳር 15/2016": the era's mark may follow. */
const DAY_FIRST = new RegExp(String.raw`(?<![\p{L}\p{M}\d])(\d{1,2})\s+${WORD}\s*[,፣]?\s+(\d{4})(?!\d)`, 'gu');
const MONTH_FIRST = new RegExp(String.raw`(?<![\p{L}\p{M}\d])${WORD}\s+(\d{1,2})(?:\s+[\p{L}\p{M}]{1,3})?\s*(?:[,፣/]\s*|\s+)(\d{4})(?!\d)`, 'gu');
const ERA_MARK = /^\s*[ዓኣ]\s*[./]\s*ም\.?/u;
const WEEKDAY_BEFORE = /([\p{L}\p{M}]{2,8})\s*[,፣]?\s*$/u;

/**
 * An Ethiopian date read on evidence: its Gregorian parts, where it stands, and, when a weekday is its only evidence,
 * that weekday (0 = Sunday): another calendar's reading of the same words that falls on it too is as good (date-find.ts).
 */
export type EthiopianDate = { parts: CalendarParts; start: number; end: number; weekday: number | null };

/** The Ethiopian dates in `text` (ASCII digits) that the page marks as such (the era's mark, or a weekday only this calendar's reading falls on), as Gregorian days. */
export function ethiopianDates(text: string): EthiopianDate[] {
  if (!/[\u1200-\u137f]/u.test(text) || !/\d{4}/u.test(text)) return [];
  const found: EthiopianDate[] = [];
  const take = (m: RegExpMatchArray, day: string, word: string, year: string) => {
    const month = names().months.get(fold(word));
    const time = month === undefined ? null : timeOfEthiopian(+year, month, +day);
    if (time === null) return;
    const end = m.index! + m[0].length;
    const mark = ERA_MARK.exec(text.slice(end));
    const weekday = names().weekdays.get(fold(WEEKDAY_BEFORE.exec(text.slice(Math.max(0, m.index! - 16), m.index!))?.[1] ?? ''));
    const agrees = weekday !== undefined && new Date(time).getUTCDay() === weekday;
    if (!mark && !agrees) return;
    const at = new Date(time);
    const parts = validParts({ year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() });
    if (parts) found.push({ parts, start: m.index!, end: end + (mark ? mark[0].length : 0), weekday: mark ? null : weekday! });
  };
  for (const m of text.matchAll(DAY_FIRST)) take(m, m[1]!, m[2]!, m[3]!);
  for (const m of text.matchAll(MONTH_FIRST)) take(m, m[2]!, m[1]!, m[3]!);
  return found.sort((a, b) => a.start - b.start);
}
