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
import { eraYear, eraYearPattern, numericYearIn } from './era-year';
import { ethiopianDates } from './ethiopian-date';
import { monthNameDates } from './month-date';
import { dateLanguages } from './date-languages';
import { isFullMonthName, isMonthName, monthIn } from './month-names';
import { isWeekdayName } from './weekday-names';
import { type MonthScan, type MonthWord, monthWords } from './month-words';
import { type CalendarParts, validParts } from './partial-date';
import { solarHijriDates } from './solar-hijri';
import { tibetanDates } from './tibetan-date';
import { unitMonthDates } from './unit-month';

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

function numericDates(text: string, options: FindOptions): FoundDate[] {
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

/**
 * Where the page's language does not decide, a language in which a month word of the text is the month's full name
 * reads before one in which it only abbreviates a month: "14 jen 2026" is Haitian June before it is Igbo's "Jen"
 * (January), "5 out 2026" Haitian August before Portuguese "out" (October). A word written with an abbreviation's dot
 * ("out.") is no full name. The order is otherwise kept (first occurrence).
 */
function fullNamesFirst(occurring: readonly string[], words: readonly MonthWord[], text: string): string[] {
  // One language or none: there is no order to change.
  if (occurring.length < 2) return [...occurring];
  const full = (l: string) => words.some((w) => w.languages.includes(l) && text[w.index + w.word.length] !== '.' && isFullMonthName(l, w.word));
  const [first, rest] = [occurring.filter(full), occurring.filter((l) => !full(l))];
  return first.length && rest.length ? [...first, ...rest] : [...occurring];
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
  for (const d of [...numericDates(text, options), ...namedDates(text, options), ...unitMonths]) {
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
  return (options.prose ? kept : kept.map((d) => withWeekday(text, d))).sort((a, b) => a.start - b.start);
}

/** The weekday (0 = Sunday) of a full date, or null. */
const weekdayOf = ({ year, month, day }: CalendarParts) => (year !== null && month !== null && day !== null ? new Date(Date.UTC(year, month - 1, day)).getUTCDay() : null);

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
