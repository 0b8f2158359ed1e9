/**
 * Years counted from an era rather than the common era, as Japanese and Taiwanese pages
 * write them: "令和6年" (Reiwa 6 = 2024), "平成元年" (Heisei's first year = 1989), "民國113年"
 * (= 2024). The era names, where each era starts and the word for an era's first year are
 * read from the runtime's own calendars (Intl, CLDR), not typed by hand, like the month
 * names (month-names.ts). date-find.ts reads a year written this way where it reads "2024年".
 */
import { MAX_YEAR, MIN_YEAR } from './partial-date';

/** Calendars that count years by era and write them before 年 (Japanese imperial eras, the Republic of China). */
const ERA_LOCALES = ['ja-JP-u-ca-japanese', 'zh-TW-u-ca-roc'];

type Eras = { offsets: Map<string, number>; firstYear: Set<string> };

/** Each era's name with the Gregorian year before its year 1, and the words written for a first year ("元"). */
function readEras(): Eras {
  const offsets = new Map<string, number>();
  const firstYear = new Set<string>();
  for (const locale of ERA_LOCALES) {
    const format = new Intl.DateTimeFormat(locale, { era: 'long', year: 'numeric', timeZone: 'UTC' });
    // The last day of each year: an era that begins inside a year counts that year as its first.
    for (let year = MIN_YEAR; year <= MAX_YEAR; year++) {
      const parts = format.formatToParts(new Date(Date.UTC(year, 11, 31)));
      const era = parts.find((p) => p.type === 'era')?.value;
      const written = parts.find((p) => p.type === 'year')?.value ?? '';
      if (!era) continue;
      const n = /^\d+$/u.test(written) ? Number(written) : 1;
      if (!/^\d+$/u.test(written) && written !== '') firstYear.add(written);
      if (!offsets.has(era)) offsets.set(era, year - n);
    }
  }
  return { offsets, firstYear };
}

/** Read on first use: 400 dates formatted through two calendars are work a process reading no dates never needs. */
let eras: Eras | null = null;
const ERAS = (): Eras => (eras ??= readEras());
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Regex source for an era year before 年: the era name, then its number or first-year word (captured in two groups). */
export function eraYearPattern(): string {
  const { offsets, firstYear } = ERAS();
  return String.raw`(${[...offsets.keys()].map(escape).join('|')})\s*(\d{1,3}|${[...firstYear].map(escape).join('|') || '元'})\s*年`;
}

/** The Gregorian year of an era year ("令和", "6" → 2024; "平成", "元" → 1989), or null for an unknown era. */
export function eraYear(era: string, written: string): number | null {
  const { offsets, firstYear } = ERAS();
  const offset = offsets.get(era);
  if (offset === undefined) return null;
  const n = /^\d+$/u.test(written) ? Number(written) : firstYear.has(written) ? 1 : null;
  return n === null || n < 1 ? null : offset + n;
}

/**
 * How many years a language's own calendar counts ahead of the Gregorian one, when that calendar shares the Gregorian
 * months and days and differs only in its era (the Buddhist era of Thai pages: 2567 = 2024); null for a language whose
 * calendar is the Gregorian one or one with months of its own (Persian, Islamic), whose dates no year shift converts.
 * Read from the runtime's calendar data (Intl, CLDR): no table of calendars is kept here.
 */
function yearShiftOf(lang: string): number | null {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC', numberingSystem: 'latn' });
  } catch {
    return null;
  }
  if (format.resolvedOptions().calendar === 'gregory') return null;
  let shift: number | null = null;
  // Days spread over the year: a calendar with months of its own puts some of them in another month or on another day.
  for (const [month, day] of [[1, 1], [3, 21], [7, 15], [12, 31]] as const) {
    const parts = format.formatToParts(new Date(Date.UTC(2001, month - 1, day)));
    const value = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
    if (value('month') !== month || value('day') !== day) return null;
    const s = value('year') - 2001;
    if (!Number.isInteger(s) || (shift !== null && s !== shift)) return null;
    shift = s;
  }
  return shift === 0 ? null : shift;
}

const SHIFTS = new Map<string, number | null>();

/**
 * The Gregorian year of a year written with a month name of `lang`: as written when it is a plausible Gregorian year
 * ("12 มีนาคม 2024"), else counted back from the language's own era when its calendar differs from the Gregorian one
 * by the year alone ("12 มีนาคม 2567" → 2024). Otherwise as written, for the caller's range check to refuse.
 */
export function gregorianYearIn(lang: string, written: number): number {
  if (written >= MIN_YEAR && written <= MAX_YEAR) return written;
  if (!SHIFTS.has(lang)) SHIFTS.set(lang, yearShiftOf(lang));
  const shift = SHIFTS.get(lang) ?? null;
  return shift !== null && written - shift >= MIN_YEAR && written - shift <= MAX_YEAR ? written - shift : written;
}

/**
 * The Gregorian year of a year written in figures alone ("05/12/2569", "2569-12-05"), where no month word names the
 * language: as written when it is a plausible Gregorian year, else counted back by the year shift of one of
 * `languages` (the Buddhist era of Thai pages) when exactly one Gregorian year comes out. A year past MAX_YEAR is no
 * Gregorian year at all, so reading it in the era of a language whose calendar counts that far ahead takes nothing
 * from a real date. Otherwise as written, for the caller's range check to refuse.
 */
export function numericYearIn(languages: readonly string[], written: number): number {
  if (written <= MAX_YEAR) return written;
  const years = new Set(languages.map((lang) => gregorianYearIn(lang, written)).filter((y) => y <= MAX_YEAR));
  return years.size === 1 ? [...years][0]! : written;
}
