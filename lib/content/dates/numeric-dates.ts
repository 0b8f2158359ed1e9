/**
 * Numeric dates, read by shape: which runs of figures (and CJK unit signs) are a calendar date, and in which order
 * their day and month stand. A four-figure year past the Gregorian range may count from a language's era. The
 * month-name readers and the settling of overlaps stay in date-find.ts.
 */
import { dateLanguages } from './date-languages';
import type { FindOptions, FoundDate } from './date-find';
import { eraYear, eraYearPattern, numericYearIn } from './era-year';
import { type CalendarParts, validParts } from './partial-date';

/**
 * The shape every numeric date holds: a figure, a separator (a space may follow it) and a figure ("2019-03-04", "4. 3. 2019",
 * "12.03.24"), or a year's figures and 年 or 년. A cheap test before the date reader: a text without it holds no numeric date.
 */
export const NUMERIC_DATE_SHAPE = /\d[-/.]\s?\d|\d\s*[年년]/u;

// A space may follow a dot ("4. 3. 2019", "2019. 03. 04."), as Czech, Slovak, Serbian and Hungarian write them.
// A figure after the year's dot is another number ("4.3.2019.5"), unless it is a time run into the date ("12.03.2024.14:05").
// The space after the year's dot is written after the month's dot too: "2024. 10.15" is a time after "12. 3. 2024.", not a date.
const YMD = /(?<![\d.,])(\d{4})([-/.])(\s?)(\d{1,2})\2\3(\d{1,2})(?![\d])/gu;
// A time may be glued to either end ("16.03.202412:40", "12:4016.03.2024"): a scrape joins the time's element to the date's.
const DMY = /(?<!\.|\d:)(?:(?<!\d)|(?<=(?<![\d:.])\d{1,2}:\d\d))(\d{1,2})([./-])\s?(\d{1,2})\2\s?(\d{4})(?!(?!\d{1,2}:\d{2}(?!\d))\d|[.,](?!\d{1,2}[:h]\d{2})\d)/gu;
/**
 * Day, month and a two-figure year ("12.03.21", "12/03/24."), as header lines write them. Not in running text (`prose`),
 * where such figures are as often scores, versions or times. A short year counts from 1970 to 2069 (the POSIX
 * convention): a fixed window, never the build's clock.
 */
const DMY_SHORT = /(?<![\d.,:/-])(\d{1,2})([./-])(\d{1,2})\2(\d{2})(?!\d|[.,:/-]\d)/gu;
const fullYear = (yy: number) => (yy < 70 ? 2000 + yy : 1900 + yy);
/** Day, month in Roman numerals, year ("12. III 2024.", "12.III.2024"), as Serbian, Croatian, Polish or Hungarian pages write them. */
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const DAY_ROMAN_YEAR = new RegExp(String.raw`(?<![\d.]|\d:)(\d{1,2})\.?\s?(${[...ROMAN_MONTHS].reverse().join('|')})\.?\s?(\d{4})(?!\d)`, 'gu');

let cjk: RegExp | null = null;
/**
 * Year, month and day by their unit signs, as Chinese, Japanese and Korean write them; the year may count from an era ("令和6年").
 * Made on first use, with the era names (era-year.ts reads them from Intl only then).
 */
const CJK = (): RegExp => (cjk ??= new RegExp(String.raw`(?<!\d)(?:(?:(\d{4})\s*[年년]|${eraYearPattern()})\s*)?(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日일])?`, 'gu'));

const at = (m: RegExpMatchArray, parts: CalendarParts | null): FoundDate[] =>
  parts ? [{ parts, until: null, start: m.index!, end: m.index! + m[0].length, weekday: false }] : [];

/**
 * The dates `text` writes in figures alone or with CJK unit signs: year-month-day, day-month-year (month first on a
 * US-English page, `monthFirst`), a two-figure year (header lines only, not `prose`), a Roman-numeral month, and
 * 2019年3月4日 / 2019년 3월 4일 / 令和6年3月4日. `text`'s digits are ASCII (date-find.ts asciiDigits). In text order by shape.
 */
export function numericDates(text: string, options: FindOptions): FoundDate[] {
  // Every shape below holds an ASCII figure (`text` has them so): a sentence without one is not scanned five times.
  if (!/\d/u.test(text)) return [];
  const found: FoundDate[] = [];
  // A four-figure year past the Gregorian range may count from a language's era ("05/12/2569", Thai Buddhist era).
  const eras = options.languages?.length ? options.languages : dateLanguages();
  const yearOf = (written: string) => numericYearIn(eras, +written);
  for (const m of text.matchAll(YMD)) found.push(...at(m, validParts({ year: yearOf(m[1]!), month: +m[4]!, day: +m[5]! })));
  for (const m of text.matchAll(DMY)) {
    const [a, b, year] = [+m[1]!, +m[3]!, yearOf(m[4]!)];
    // Day first unless the page is US-English; a first number over 12 is a day whatever the page.
    const monthFirst = options.monthFirst === true && a <= 12 && m[2] === '/';
    found.push(...at(m, validParts(monthFirst ? { year, month: a, day: b } : { year, month: b, day: a })));
  }
  if (!options.prose) {
    for (const m of text.matchAll(DMY_SHORT)) {
      // With hyphens only two-figure fields: "3-1-21" is a score or a code more often than a date.
      if (m[2] === '-' && (m[1]!.length < 2 || m[3]!.length < 2)) continue;
      const [a, b, year] = [+m[1]!, +m[3]!, fullYear(+m[4]!)];
      const monthFirst = options.monthFirst === true && a <= 12 && m[2] === '/';
      found.push(...at(m, validParts(monthFirst ? { year, month: a, day: b } : { year, month: b, day: a })));
    }
  }
  for (const m of text.matchAll(DAY_ROMAN_YEAR)) found.push(...at(m, validParts({ year: +m[3]!, month: ROMAN_MONTHS.indexOf(m[2]!) + 1, day: +m[1]! })));
  for (const m of text.matchAll(CJK())) {
    const [, common, era, eraNumber, month, day] = m;
    // A month sign with neither a year nor a day ("3月") is not a date.
    if (!common && !era && !day) continue;
    const year = common ? +common : era ? eraYear(era, eraNumber!) : null;
    if (era && year === null) continue;
    found.push(...at(m, validParts({ year, month: +month!, day: day ? +day : null })));
  }
  return found;
}
