/**
 * Finds a calendar date anywhere inside one short line ("Jane Doe Mar 4, 2016",
 * "3 mars 2019 | Défense", "date 2019-03-04 Share"), in any of the languages in
 * month-names.ts. Numeric dates are read here (day first unless the page is
 * US-English); dates with a month name go to chrono's strict parser for each
 * language whose month names occur in the line, or to the small parser below for
 * Belarusian and Polish, which chrono lacks. Relative expressions ("today",
 * "2 hours ago", "вчера") are never dates: the strict parsers ignore them, and
 * no parser is ever given the build's clock as a reference that could leak.
 */
import * as chrono from 'chrono-node';
import { type CalendarParts, validParts } from './partial-date';
import { type DateLanguage, languagesWithMonthNames, monthIn, monthPattern } from './month-names';

/** A date found in a line: its parts, where it stands, and whether a weekday was written with it. */
export type FoundDate = { parts: CalendarParts; start: number; end: number; weekday: boolean };

export type FindOptions = {
  /** Read "03/04/2019" month first (US English). Day first otherwise, as most of the world writes it. */
  monthFirst?: boolean;
};

// chrono needs a reference instant; a fixed one, so a missing year can never come from the build's clock.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

const YMD = /(?<![\d.,])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/u;
const DMY = /(?<![\d.:])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d]|[.,]\d)/u;

function numericDate(line: string, options: FindOptions): FoundDate | null {
  const found: FoundDate[] = [];
  const ymd = line.match(YMD);
  if (ymd) {
    const parts = validParts({ year: +ymd[1]!, month: +ymd[3]!, day: +ymd[4]! });
    if (parts) found.push({ parts, start: ymd.index!, end: ymd.index! + ymd[0].length, weekday: false });
  }
  const dmy = line.match(DMY);
  if (dmy) {
    const [a, b, year] = [+dmy[1]!, +dmy[3]!, +dmy[4]!];
    // Day first unless the page is US-English; a first number over 12 is a day whatever the page.
    const monthFirst = options.monthFirst === true && a <= 12 && dmy[2] === '/';
    const parts = validParts(monthFirst ? { year, month: a, day: b } : { year, month: b, day: a });
    if (parts) found.push({ parts, start: dmy.index!, end: dmy.index! + dmy[0].length, weekday: false });
  }
  return found.sort((x, y) => x.start - y.start)[0] ?? null;
}

const CHRONO: Partial<Record<DateLanguage, chrono.Chrono>> = {
  en: chrono.en.strict,
  de: chrono.de.strict,
  fr: chrono.fr.strict,
  es: chrono.es.strict,
  it: chrono.it.strict,
  nl: chrono.nl.strict,
  pt: chrono.pt.strict,
  id: chrono.id.strict,
  ru: chrono.ru.strict,
  uk: chrono.uk.strict,
};

function chronoDate(parser: chrono.Chrono, line: string): FoundDate | null {
  for (const r of parser.parse(line, REFERENCE)) {
    const s = r.start;
    // A date needs its month and either a day or a year; "Friday" or "10:15" alone is not one.
    if (!s.isCertain('month') || !(s.isCertain('day') || s.isCertain('year'))) continue;
    const parts = validParts({
      year: s.isCertain('year') ? (s.get('year') ?? null) : null,
      month: s.get('month') ?? null,
      day: s.isCertain('day') ? (s.get('day') ?? null) : null,
    });
    if (parts) return { parts, start: r.index, end: r.index + r.text.length, weekday: s.isCertain('weekday') };
  }
  return null;
}

const customPatterns = new Map<DateLanguage, RegExp[]>();
/** Year-month-day, day-month(-year) and month-year forms with month names ("2019 m. kovo 12 d.", "4 сакавіка 2019", "marzec 2019"). */
function customDate(lang: DateLanguage, line: string): FoundDate | null {
  if (!customPatterns.has(lang)) {
    const m = monthPattern(lang);
    customPatterns.set(lang, [
      new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+(${m})\\.?(?:,?\\s+(\\d{4})(?:\\s*(?:г|r)\\.?)?)?(?![\\p{L}\\d])`, 'iu'),
      new RegExp(`(?<![\\p{L}\\d])()(${m})\\.?\\s+(\\d{4})(?!\\d)`, 'iu'),
    ]);
    // Year first, as Lithuanian and Hungarian write it: "2019 m. kovo 12 d.".
    customPatterns.get(lang)!.unshift(new RegExp(`(?<!\\d)(?<y>\\d{4})\\s*(?:m\\.|г\\.|r\\.)?\\s*(?<m>${m})\\s+(?<d>\\d{1,2})(?:\\s*d\\.)?(?!\\d)`, 'iu'));
  }
  for (const re of customPatterns.get(lang)!) {
    const m = line.match(re);
    if (!m) continue;
    const g = m.groups;
    const month = monthIn(lang, g ? g.m! : m[2]!);
    const parts = month === null ? null : validParts(g ? { year: +g.y!, month, day: +g.d! } : { year: m[3] ? +m[3] : null, month, day: m[1] ? +m[1] : null });
    if (parts) return { parts, start: m.index!, end: m.index! + m[0].length, weekday: false };
  }
  return null;
}
/** The first date written in a short line, or null. Only give it short lines: chrono is not cheap. */
export function findDate(line: string, options: FindOptions = {}): FoundDate | null {
  if (!/\d/.test(line)) return null;
  const candidates: FoundDate[] = [];
  const numeric = numericDate(line, options);
  if (numeric) candidates.push(numeric);
  for (const lang of languagesWithMonthNames(line)) {
    const parser = CHRONO[lang];
    // chrono's strict parsers skip a month with only a year ("Березень 2019"); the small parser reads that form too.
    const found = (parser ? chronoDate(parser, line) : null) ?? customDate(lang, line);
    if (found) {
      candidates.push(found);
      break;
    }
  }
  return candidates.sort((a, b) => a.start - b.start)[0] ?? null;
}
