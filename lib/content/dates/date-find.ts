/**
 * Finds calendar dates in text, in any language: a short header line ("Jane Doe Mar 4, 2016", "3 mars 2019 |
 * Défense", "date 2019-03-04 Share") and a body sentence alike (events use this finder too). Numeric dates are read
 * by shape (day first unless the page is US-English; year-month-day; 2019年3月4日, 2019년 3월 4일); dates with a month name
 * go to chrono (chrono.ts) for each language whose month names occur, and to the month-name reader (month-date.ts)
 * for languages chrono lacks or forms it misses. On header lines (not `prose`) two more readers fill what those
 * leave: a month word no language's data names, read by its likeness to all of them (borrowed-month.ts: Haitian "6
 * desanm 2026"), and the Solar Hijri calendar (solar-hijri.ts: "۱۵ آذر ۱۴۰۵"). A month written as its number with the
 * word for month (Vietnamese "5 tháng 12, 2026", Mongolian "2026 оны 12 сарын 5") is unit-month.ts's, a Tibetan or
 * Dzongkha date in syllables ("ཕྱི་ལོ་ ༢༠༢༤ ཟླ་ ༣ ཚེས་ ༡༢") tibetan-date.ts's, and an Ethiopian calendar date the page
 * marks as one ("የካቲት 23 ቀን 2017 ዓ.ም") ethiopian-date.ts's, on header lines. Relative
 * expressions ("today", "2 hours ago", "вчера") are never dates here. Digits of any script are read as ASCII ones.
 */
import { remembered } from '../bounded-memo';
import { borrowedMonthDates } from './borrowed-month';
import { chronoDates, chronoReads } from './chrono';
import { ethiopianDates } from './ethiopian-date';
import { monthNameDates } from './month-date';
import { numericDates } from './numeric-dates';
import { dateLanguages } from './date-languages';
import { isMonthName, monthIn } from './month-names';
import { isWeekdayName } from './weekday-names';
import { fullNamesFirst, type MonthScan, monthWords } from './month-words';
import type { CalendarParts } from './partial-date';
import { solarHijriDates } from './solar-hijri';
import { tibetanDates } from './tibetan-date';
import { unitMonthDates } from './unit-month';
import { weekdayOf, withAgreeingWeekday } from './weekday-agreement';

/** A date found in text: its parts (and its last day, for a range), where it stands, and whether a weekday was written with it. */
export type FoundDate = { parts: CalendarParts; until: CalendarParts | null; start: number; end: number; weekday: boolean };

export type FindOptions = MonthScan & {
  /** Read "03/04/2019" month first (US English). Day first otherwise, as most of the world writes it. */
  monthFirst?: boolean;
  /**
   * The page's language(s), as detected from its text: where languages read the same month word as different months
   * (Polish and Czech "listopada" is November, Croatian October), these languages' readings win. Unlike `languages`,
   * no other language is left untried: an English date on a Russian page is still read.
   */
  prefer?: readonly string[];
};

/** Month-name dates, language by language in order of first occurrence. */
function namedDates(text: string, options: FindOptions): FoundDate[] {
  const words = monthWords(text, options);
  // No month word: no language to read in.
  if (words.length === 0) return [];
  // Languages in order of first occurrence, the page's own first: the first reading of a span is kept (findDates).
  const occurring = [...new Set(words.flatMap((w) => w.languages))];
  const prefer = options.prefer ?? [];
  const preferred = occurring.filter((l) => prefer.includes(l));
  const languages = preferred.length ? [...preferred, ...occurring.filter((l) => !preferred.includes(l))] : fullNamesFirst(occurring, words, text);
  const found: FoundDate[] = [];
  for (const lang of languages) {
    const own = words.filter((w) => w.languages.includes(lang));
    if (chronoReads(lang)) {
      const anchors = own.map((w) => ({ index: w.index, length: w.word.length }));
      const names = (words: string) => (words.match(/[\p{L}\p{M}]{3,}/gu) ?? []).some((w) => own.some((o) => o.word === w) || (monthIn(lang, w) !== null && !options.prose));
      for (const d of chronoDates(lang, text, anchors, names)) found.push({ parts: d.from, until: d.to, start: d.start, end: d.end, weekday: d.weekday });
    }
    for (const d of monthNameDates(text, words, lang, !options.prose)) found.push({ ...d, weekday: false });
  }
  return found;
}

/** A decimal digit's value: its distance from the zero that starts its run of ten (Unicode keeps each script's digits in order). */
function digitValue(c: string): number {
  const cp = c.codePointAt(0)!;
  let v = 0;
  while (v < 9 && /\p{Nd}/u.test(String.fromCodePoint(cp - v - 1))) v++;
  return v;
}

/** Any script's digits ("२०१९", "٢٠١٩", "２０１９") as ASCII ones; one character for one in the BMP, so positions hold. */
export function asciiDigits(text: string): string {
  return /[^\P{Nd}0-9]/u.test(text) ? text.replace(/[^\P{Nd}0-9]/gu, (c) => (c.length === 1 ? String(digitValue(c)) : c)) : text;
}

const covers = (a: FoundDate, b: FoundDate) => a.start <= b.start && a.end >= b.end;
/** How many parts a reading knows. */
const known = (d: FoundDate) => [d.parts.year, d.parts.month, d.parts.day].filter((p) => p !== null).length + (d.until ? 1 : 0);

/**
 * Every date written in `text`, in text order; where two readings overlap, the one that
 * takes in the other and more wins, else the first reader's (numeric shapes, then chrono,
 * then the month-name reader). A date needs
 * a month and a day or a year ("Friday", "10:15" are not dates); a month alone only with `monthAlone`.
 */
export function findDates(written: string, options: FindOptions = {}): FoundDate[] {
  // Running text is read once (events, news pegs); header lines are read again by every reader of the page's top
  // (the segmenter, the glued-line splitter, the outlet finders, before and after glued lines are split).
  if (options.prose) return readDates(written, options);
  return [...remembered(READ, 10_000, `${optionsKey(options)}\u0001${written}`, () => readDates(written, options))];
}

/** Header lines' dates already read, by options and text. Bounded. */
const READ = new Map<string, readonly FoundDate[]>();

/** What in `options` changes findDates' answer, as a key: every field of FindOptions. */
function optionsKey({ prose, monthAlone, monthFirst, languages, prefer }: FindOptions): string {
  return [prose, monthAlone, monthFirst].map((b) => (b ? 1 : 0)).join('') + `|${(languages ?? []).join(',')}|${(prefer ?? []).join(',')}`;
}

/** findDates' reading, never remembered. */
function readDates(written: string, options: FindOptions): FoundDate[] {
  const text = asciiDigits(written);
  if (!options.monthAlone && !/\d/u.test(text)) return [];
  const kept: FoundDate[] = [];
  const unitMonths = [...unitMonthDates(text, options.languages), ...tibetanDates(text)].map((d) => ({ ...d, until: null, weekday: false }));
  const readings = [...numericDates(text, options), ...namedDates(text, options), ...unitMonths];
  for (const d of readings) {
    if (d.parts.month === null || (d.parts.day === null && d.parts.year === null && d.until === null && !options.monthAlone)) continue;
    const clash = kept.findIndex((k) => d.start < k.end && k.start < d.end);
    if (clash < 0) kept.push(d);
    // A reading that takes in all of an earlier one and says more ("4. марта 2019" over "марта 2019",
    // German's "18. September 2017" over English's reading of the same words without the day) wins.
    else if (covers(d, kept[clash]!) && (d.end - d.start > kept[clash]!.end - kept[clash]!.start || known(d) > known(kept[clash]!))) kept[clash] = d;
    // A reading that starts earlier and knows more wins too: "2026. december 5. 10:15" is year first, though
    // another language's reader took "december 5. 10" (with a time) as a yearless day.
    else if (d.start < kept[clash]!.start && known(d) > known(kept[clash]!)) kept[clash] = d;
    // A full date wins over a yearless reading it overlaps from behind: "mar 12 marzo 2024" opens with a weekday's
    // abbreviation (martedì) that is also March's ("mar 12"), and the date is the day, month and year after it.
    else if (d.parts.year !== null && d.parts.day !== null && kept[clash]!.parts.year === null && kept[clash]!.until === null) kept[clash] = d;
  }
  // A header line's full date whose month is a word no language's data names ("6 desanm 2026"), read by likeness to
  // every language's months (borrowed-month.ts), where no other reading stands. Never in running text.
  // A Solar Hijri date ("۱۵ آذر ۱۴۰۵"), as its Gregorian day (solar-hijri.ts), likewise.
  if (!options.prose) {
    // Where the page's language is known and its months are named in the runtime's data, a word not among them is no month.
    const named = (options.languages ?? []).some((l) => dateLanguages().includes(l));
    for (const d of [...(named ? [] : borrowedMonthDates(text, isMonthName)), ...solarHijriDates(text)]) {
      if (!kept.some((k) => d.start < k.end && k.start < d.end)) kept.push({ ...d, until: null, weekday: false });
    }
    // An Ethiopian date the page marks as one (ethiopian-date.ts) replaces a Gregorian reading of the same words, unless
    // its only mark is a weekday that reading falls on too.
    for (const e of ethiopianDates(text)) {
      const clash = kept.filter((k) => e.start < k.end && k.start < e.end);
      if (e.weekday !== null && clash.some((k) => weekdayOf(k.parts) === e.weekday)) continue;
      kept.splice(0, kept.length, ...kept.filter((k) => !clash.includes(k)), { parts: e.parts, until: null, start: e.start, end: e.end, weekday: e.weekday !== null });
    }
  }
  // A weekday beside a full date confirms one reading of it, or picks the one it agrees with (weekday-agreement.ts).
  return (options.prose ? kept : kept.map((d) => withAgreeingWeekday(text, d, readings) ?? withWeekday(text, d))).sort((a, b) => a.start - b.start);
}

const WEEKDAY_BEFORE = /(?<![\p{L}\p{M}])([\p{L}\p{M}]{2,})(\.?,?)\s*$/u;

/**
 * A date with the weekday written right before it ("ΤΡΙΤΗ 12 ΜΑΡΤΙΟΥ 2024", "utorak, 12. mart 2024."): the weekday is
 * part of the date, as chrono reads it in its own languages, so no reader takes it for a name beside the date.
 * Header lines only: in running text a short word before a date may be another language's weekday by chance.
 */
function withWeekday(text: string, d: FoundDate): FoundDate {
  if (d.weekday) return d;
  const m = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, d.start - 24), d.start));
  // A two-letter weekday is one only with its dot or comma ("Di., 12.03.2024"): bare, "on" or "to" is a word of another language.
  if (!m || (m[1]!.length < 3 && m[2] === '') || !isWeekdayName(m[1]!)) return d;
  return { ...d, start: d.start - m[0].length, weekday: true };
}

/** The first date written in a short line, or null. */
export function findDate(line: string, options: FindOptions = {}): FoundDate | null {
  return findDates(line, options)[0] ?? null;
}

/** A line holding a year alone, as a page sets it under its day and month: "2026.", "2026 г.", "2026 m.". */
const YEAR_LINE = /^\p{Nd}{4}\.?(?:\s*\p{L}{1,4}\.?)?$/u;
/** Words a day-and-month line may hold before its date: a weekday or a label ("пятница,", "Objavljeno:"). */
const MAX_WORDS_BEFORE_SPLIT = 3;

/**
 * A date a page cut over two lines: its day and month on one ("31.01.", "31 января", "petak, 31. januar") and its
 * year alone on the next ("2026.", "2026 г."). The first line names no year and ends with its day and month; the two
 * read together make one date with a day and a year. Null otherwise.
 */
export function findSplitDate(first: string, second: string, options: FindOptions = {}): CalendarParts | null {
  const [a, b] = [first.trim(), second.trim()];
  if (a.length > 40 || !YEAR_LINE.test(b) || findDates(a, options).some((d) => d.parts.year !== null)) return null;
  const joined = `${a} ${b}`;
  const found = findDates(joined, options).find((d) => d.parts.day !== null && d.parts.year !== null && d.start < a.length && d.end > a.length + 1);
  if (!found) return null;
  const before = a.slice(0, found.start).trim();
  const after = a.slice(found.end).replace(/[\s.,]+/gu, '');
  return after === '' && before.split(/\s+/u).filter((w) => w !== '').length <= MAX_WORDS_BEFORE_SPLIT ? found.parts : null;
}
