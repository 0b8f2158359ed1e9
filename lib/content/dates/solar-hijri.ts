/**
 * Dates of the Solar Hijri calendar, as Iranian and Afghan pages write them: "۱۵ آذر ۱۴۰۵" (Iran's month names),
 * "۱۵ قوس ۱۴۰۵" (Afghanistan's), "15 Azar 1405" (the names in Latin letters). The month names and the conversion to
 * the Gregorian day are the runtime's own Persian calendar (Intl, CLDR): no table is kept here. Only a full date is
 * read — a day, a month name of that calendar and a four-figure year of it (MIN_YEAR–MAX_YEAR in the Solar Hijri
 * count) — on a header line, never in running text, and its digits in any script (the caller makes them ASCII).
 * Other calendars: Thai Buddhist years and Japanese or Taiwanese eras are read in era-year.ts; the Islamic (lunar
 * Hijri) calendar is not read, since a page that writes it writes the Gregorian date beside it.
 */
import { type CalendarParts, validParts } from './partial-date';

/** Locales whose Persian-calendar month names are read: Iran's Persian, Afghanistan's Dari, and CLDR's Latin letters. */
const LOCALES = ['fa', 'fa-AF', 'en'];
/** Solar Hijri years read: 1300–1478 (1921–2099 in the Gregorian count); a figure outside is no such year. */
const MIN_YEAR = 1300;
const MAX_YEAR = 1478;
/** Gregorian years ahead of the Solar Hijri year that starts in their March. */
const OFFSET = 621;

const clean = (s: string) => s.normalize('NFC').toLocaleLowerCase().replace(/[\u200c\u200d]/gu, '');

let names: Map<string, number> | null = null;
/** Each Solar Hijri month name (1–12) in every locale read, lower case; made on first use. */
function monthNames(): Map<string, number> {
  if (names) return names;
  const found = new Map<string, number>();
  for (const locale of LOCALES) {
    const format = new Intl.DateTimeFormat(locale, { month: 'long', calendar: 'persian', timeZone: 'UTC', numberingSystem: 'latn' });
    // The 25th day of each Gregorian month from March 2001 falls in Solar Hijri months 1 to 12 of 1380.
    for (let m = 0; m < 12; m++) found.set(clean(format.format(new Date(Date.UTC(2001, m + 2, 25)))), m + 1);
  }
  return (names = found);
}

let dayFormat: Intl.DateTimeFormat | null = null;
/** The Solar Hijri year, month and day of a Gregorian instant, by the runtime's Persian calendar. */
function solarHijriOf(time: number): [number, number, number] {
  dayFormat ??= new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  const parts = dayFormat.formatToParts(new Date(time));
  const value = (type: string) => Number.parseInt(parts.find((p) => p.type === type)?.value ?? '', 10);
  return [value('year'), value('month'), value('day')];
}

const DAY = 86_400_000;

/** The Gregorian day of a Solar Hijri date, or null when the calendar has no such day. */
export function gregorianOfSolarHijri(year: number, month: number, day: number): CalendarParts | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return null;
  // Months 1–6 have 31 days, 7–11 have 30: the day of the year, counted from the new year near 21 March.
  const dayOfYear = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
  const guess = Date.UTC(year + OFFSET, 2, 21) + dayOfYear * DAY;
  // The new year falls on 20, 21 or 22 March: the day is within two of the guess.
  for (const shift of [0, -1, 1, -2, 2]) {
    const time = guess + shift * DAY;
    const [y, m, d] = solarHijriOf(time);
    if (y === year && m === month && d === day) {
      const at = new Date(time);
      return validParts({ year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() });
    }
  }
  return null;
}

const DATE = /(?<![\p{L}\p{M}\d])(\d{1,2})\s+([\p{L}\p{M}\u200c]{2,12}(?:\s[\p{L}\p{M}]{1,2})?)\s*[,،]?\s+(\d{4})(?!\d)/gu;
const MONTH_FIRST = /(?<![\p{L}\p{M}\d])([\p{L}\p{M}\u200c]{2,12})\s+(\d{1,2})\s*[,،]?\s+(\d{4})(?!\d)/gu;

/** A Solar Hijri date found in text: its Gregorian parts and where it stands. */
export type SolarHijriDate = { parts: CalendarParts; start: number; end: number };

/** The Solar Hijri dates written in `text` (ASCII digits), as Gregorian days, in text order. */
export function solarHijriDates(text: string): SolarHijriDate[] {
  if (!/\d{4}/u.test(text) || !/(?:^|\D)1[34]\d\d(?!\d)/u.test(text)) return [];
  const found: SolarHijriDate[] = [];
  const take = (m: RegExpMatchArray, day: string, word: string, year: string) => {
    const month = monthNames().get(clean(word));
    const parts = month === undefined ? null : gregorianOfSolarHijri(+year, month, +day);
    if (parts) found.push({ parts, start: m.index!, end: m.index! + m[0].length });
  };
  for (const m of text.matchAll(DATE)) take(m, m[1]!, m[2]!, m[3]!);
  for (const m of text.matchAll(MONTH_FIRST)) take(m, m[2]!, m[1]!, m[3]!);
  return found.sort((a, b) => a.start - b.start);
}
