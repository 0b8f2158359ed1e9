/**
 * Dates whose month is a number with the word for "month", as CLDR writes them in the languages that name no month
 * by a word of its own: Vietnamese "5 tháng 12, 2026", "ngày 5 tháng 12 năm 2026", "5 thg 12, 2026"; Mongolian
 * "2026 оны 12-р сарын 5", "2026 оны 12 сарын 5". The month words are read from Intl (the letters CLDR writes
 * around the month's number, the same for every month), never typed here: which languages write months so, and
 * with which word, is the runtime's calendar data. Chinese, Japanese and Korean signs ("12月", "12월") are the
 * numeric shapes' (date-find.ts). A month needs a day or a year beside it, as every reader's does.
 */
import { type CalendarParts, validParts } from './partial-date';
import { memo } from './date-languages';

/** A language's month word and where it stands: before the number ("tháng 12") or after it ("12-р сар"). */
type MonthUnit = { lang: string; word: string; before: boolean };

/** Every two-letter language Intl formats dates in, whose long or medium date writes the month as its number with letters around it. */
const units = memo((): readonly MonthUnit[] => {
  const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const tags = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b)).filter((t) => names.of(t) !== undefined);
  const found = new Map<string, MonthUnit>();
  for (const lang of Intl.DateTimeFormat.supportedLocalesOf(tags).filter((t) => /^[a-z]{2}$/u.test(t))) {
    for (const dateStyle of ['long', 'medium'] as const) {
      const format = new Intl.DateTimeFormat(lang, { dateStyle, timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' });
      const written = Array.from({ length: 12 }, (_, m) => {
        const value = format.formatToParts(new Date(Date.UTC(2026, m, 5))).find((p) => p.type === 'month')?.value ?? '';
        const at = value.indexOf(String(m + 1));
        if (at < 0) return null;
        const [head, tail] = [value.slice(0, at).trim(), value.slice(at + String(m + 1).length).trim()];
        // The word, without an ordinal ending glued to the number ("-р"): the letters every month shares.
        const word = (head || tail.replace(/^-\p{L}{1,3}\s*/u, '')).toLocaleLowerCase();
        return /^\p{L}{2,}$/u.test(word) ? { word, before: head !== '' } : null;
      });
      const first = written[0];
      if (first && written.every((w) => w && w.word === first.word && w.before === first.before)) found.set(`${lang} ${first.word}`, { lang, ...first });
    }
  }
  return [...found.values()];
});

/** The languages whose dates this module reads ("vi", "mn"), as the runtime's calendar data gives them. */
export const unitMonthLanguages = (): readonly string[] => [...new Set(units().map((u) => u.lang))];

/** The readers built from the units: one pattern per position, the month words as alternatives. Made on first use. */
const patterns = memo(() => {
  const alternatives = (before: boolean) =>
    units()
      .filter((u) => u.before === before)
      .map((u) => u.word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
      .join('|');
  const [pre, post] = [alternatives(true), alternatives(false)];
  return {
    // Day, the word, the month's number, then a year after a comma, a slash or a word ("năm 2026").
    before: pre ? new RegExp(String.raw`(?:(?<![\d.,/-])(\d{1,2})\s+)?(?<![\p{L}\p{M}])(?:${pre})\.?\s*(\d{1,2})(?!\d)(?:(?:\s*[,/]\s*|\s+\p{Ll}{1,4}\s+)(\d{4})(?!\d))?`, 'giu') : null,
    // A year with a short word after it ("2026 оны"), the month's number with its ordinal ending, the word with its case ending, then the day.
    after: post ? new RegExp(String.raw`(?:(?<![\d.,/-])(\d{4})\s+(?:\p{L}{1,4}\.?\s+)?)?(?<![\d.,/-])(\d{1,2})(?:-\p{L}{1,3})?\s*(?:${post})\p{L}{0,3}(?![\p{L}\p{M}])(?:\s+(\d{1,2})(?!\d))?`, 'giu') : null,
    languages: new Set(units().map((u) => u.lang)),
  };
});

/** A date read here: its parts and where its words stand. */
export type UnitMonthDate = { parts: CalendarParts; start: number; end: number };

/**
 * The dates in `text` whose month is a number with the word for "month". `languages`, when given, are the page's: a
 * page in none of the languages that write months so is not scanned.
 */
export function unitMonthDates(text: string, languages: readonly string[] = []): UnitMonthDate[] {
  const { before, after, languages: writing } = patterns();
  if (languages.length > 0 && !languages.some((l) => writing.has(l))) return [];
  const found: UnitMonthDate[] = [];
  const take = (m: RegExpMatchArray, parts: CalendarParts) => {
    const valid = validParts(parts);
    if (valid && (valid.day !== null || valid.year !== null)) found.push({ parts: valid, start: m.index!, end: m.index! + m[0].length });
  };
  if (before) for (const m of text.matchAll(before)) take(m, { year: m[3] ? +m[3] : null, month: +m[2]!, day: m[1] ? +m[1] : null });
  if (after) for (const m of text.matchAll(after)) take(m, { year: m[1] ? +m[1] : null, month: +m[2]!, day: m[3] ? +m[3] : null });
  return found;
}
