/**
 * The month-name date reader for languages chrono lacks (Polish, Belarusian, Czech,
 * Lithuanian, Hungarian, Georgian…), and a second reader where chrono misses a form.
 * It needs no grammar of the language, only the month word (month-names.ts) and the
 * number shapes every calendar writing uses around it: a day before it ("4 сакавіка",
 * "5. marca", "5 de març") or after it ("kovo 12 d.", "március 4."), a year after it
 * ("marzec 2019") or before it, year first ("2019. március 4.", "2019 m. kovo 12 d.").
 */
import { type CalendarParts, validParts } from './partial-date';
import { gregorianYearIn } from './era-year';
import { type DateLanguage } from './date-languages';
import { monthIn } from './month-names';
import { isWeekdayName } from './weekday-names';
import type { MonthWord } from './month-words';

/** A date read here: its parts (and its last day, for a range "12–14 marca"), and where its words stand in the text. */
export type MonthDate = { parts: CalendarParts; until: CalendarParts | null; start: number; end: number };

// A short lower-case joining word may stand between the numbers and the month ("5 de març de 2019",
// "12 d’abril", Maltese "12 ta’ Marzu").
const JOIN = String.raw`(?:\p{Ll}{1,3}(?:\.?\s+|[’']\s*))?`;
// A day may be glued to a label or section word before it ("Cronaca12 marzo 2024", "Objavio12. marta"): a scrape joins
// two page elements. Only after a lower-case letter: after capitals it is a code or a name ("G20", "COP28", "MH17").
// A slash or hyphen may join day, month and year as in a numeric date ("12/مارس/2024", "12-mars-2024").
// The day may carry an ordinal ending glued to it or after a hyphen: Esperanto "la 12-a de marto", Yiddish "12טן מערץ",
// Kurdish "12ê adarê", English "12th March"; a space or the joining word follows it.
const ORDINAL = String.raw`(?:-?[\p{L}\p{M}]{1,3}(?=\s))?`;
const DAY_BEFORE = new RegExp(String.raw`(?<![\p{Lu}\p{Lt}\p{Lo}\d.,/-]|\d:)(\d{1,2})(?:${ORDINAL}\.?\s*${JOIN}|[/-])$`, 'u');
// A year may carry a short case ending, with a dot ("2019 m.") or glued to it (Basque "2024ko", CLDR's "2024(e)ko").
const YEAR_BEFORE = new RegExp(String.raw`(?<![\p{L}\d.,/-]|\d:)(\d{4})\s*(?:\.|\p{L}{1,2}\.|(?:\(\p{Ll}\))?\p{Ll}{1,3}(?=\s))?\s*$`, 'u');
// The comma before the year may be Arabic's ("12 مارس، 2024").
// An era's abbreviation may stand before the year ("12 มีนาคม พ.ศ. 2567", "March A.D. 2024"): short pieces, each with its dot.
const ERA_MARK = String.raw`(?:[\p{L}\p{M}]{1,2}\.){2,3}\s*`;
// An abbreviated month may end in a mark other than a dot: Hebrew's geresh ("בינו׳"), Devanagari's abbreviation sign
// ("जन॰"), an apostrophe ("মে’").
const ABBREVIATION_MARK = String.raw`[.׳’'॰]?`;
const YEAR_AFTER = new RegExp(String.raw`^(?:${ABBREVIATION_MARK}[,،]?\s*(?:${ERA_MARK}|${JOIN})|[/-])(\d{4})(?!\d)(?:\s*\p{L}{1,2}\.)?`, 'u');
/**
 * On a header line a word for "year" may stand between the month and the year, as Yoruba writes "12 Ẹrẹ̀nà ọdún 2024"
 * ("year 2024"): one lower-case word of up to six letters, or two joining words of up to three, as Sardinian writes "4 de
 * ghennàrgiu de su 2019" ("of the 2019"); a word and another ("ọdún tó 2024") join other things. Not in running text,
 * where such a word joins other things.
 */
const YEAR_AFTER_WORD = /^\.?[,،]?\s+(?:\p{Ll}[\p{L}\p{M}]{1,5}|\p{Ll}[\p{L}\p{M}]{1,2}\s+\p{Ll}[\p{L}\p{M}]{1,2})\s+(\d{4})(?!\d)/u;
/**
 * On a header line CLDR's commas may part every number from the month: Chuvash "2019, кӑрлач, 4" (year, month, day),
 * Akan "4, Ɔpɛpɔn, 2019" and Telugu "4, జనవరి 2019" (a day with its comma), Bashkir "4 ғинуар, йома, 2019 й." (a
 * weekday between the month and the year). Not in running text, where a comma parts a list ("in 2019, March…").
 */
const HEADER_DAY_BEFORE = /(?<![\p{L}\d.,/-]|\d:)(\d{1,2}),\s*$/u;
const HEADER_YEAR_BEFORE = /(?<![\p{L}\d.,/-]|\d:)(\d{4}),\s*$/u;
const HEADER_DAY_AFTER = /^\.?,\s*(\d{1,2})(?!\d|[.,:]\d)/u;
/**
 * On a header line, year first, the abbreviation of the word for "month" may stand between the month and its day, as
 * Lithuanian writes "2026 m. kovo mėn. 14 d." ("year, March month, day"): a lower-case word of up to four letters with
 * its dot. Not in running text, nor without the year before it.
 */
const HEADER_MONTH_WORD_DAY_AFTER = /^\s+\p{Ll}[\p{L}\p{M}]{0,3}\.\s*(\d{1,2})(?!\d|[.,:]\d)(?:\.|\s*\p{L}\.)?/u;
/**
 * On a header line a year may stand before its month with a short joining word between (Occitan "2022 d’abril 25",
 * Pashto "2019 د جنوري 4": "of"), and after the month's day with a word for "year" or "day" between (Ewe "dzove 4 lia
 * 2019", Amharic "ማርች 4 ቀን 2026"): a word of up to three letters before the month, six after the day, in a script with
 * or without case.
 */
const HEADER_YEAR_JOIN_BEFORE = /(?<![\p{L}\d.,/-]|\d:)(\d{4})\s+[\p{Ll}\p{Lo}][\p{L}\p{M}]{0,2}(?:\s+|[’'])$/u;
const HEADER_YEAR_AFTER_DAY = /^,?\s+[\p{Ll}\p{Lo}][\p{L}\p{M}]{0,5},?\s+(\d{4})(?!\d)/u;
const WEEKDAY_THEN_YEAR = /^[,،]\s*([\p{L}\p{M}]+)[,،]?\s+(\d{4})(?!\d)(?:\s*\p{L}{1,2}\.)?/u;
// The word for "year" after it may be glued by a hyphen and take a case ending: Kyrgyz "2026-жылдын 4-марты" (six letters).
const YEAR_WORD_BEFORE = new RegExp(String.raw`(?<![\p{L}\d.,/-]|\d:)(\d{4})\.?(?:\s*|-)(?:\p{L}{1,6}\.?)?,?\s+$`, 'u');
/** Year, month word and day joined by hyphens, as ISO joins figures: Esperanto's "2026-Decembro-05", "2019-Jan-04". The day is needed. */
const YEAR_HYPHEN_BEFORE = /(?<![\p{L}\d.,/-]|\d:)(\d{4})-$/u;
const DAY_HYPHEN_AFTER = /^-(\d{1,2})(?![\d\p{L}]|[.,:]\d)/u;
const FIRST_DAY = /(?<![\p{L}\d.,/-]|\d:)(\d{1,2})\.?\s*[-–—]\s*$/u;
const DAY_AFTER = new RegExp(String.raw`^\.?\s+(\d{1,2})(?!\d|[.,:]\d)(?:\.|\s*\p{L}\.)?`, 'u');

/** The date written around one month word in `lang`, or null when no number shape fits. */
function around(text: string, word: MonthWord, lang: DateLanguage, words: readonly MonthWord[], header: boolean): MonthDate | null {
  const month = monthIn(lang, word.word);
  if (month === null) return null;
  const before = text.slice(Math.max(0, word.index - 16), word.index);
  const afterAt = word.index + word.word.length + sameMonthAgain(text, word, month, words);
  const after = text.slice(afterAt, afterAt + 16);
  const dayBefore = DAY_BEFORE.exec(before) ?? (header ? HEADER_DAY_BEFORE.exec(before) : null);
  const yearAfter = yearRead(YEAR_AFTER.exec(after) ?? (header ? YEAR_AFTER_WORD.exec(after) : null)) ?? (header ? weekdayThenYear(after) : null);
  if (dayBefore) {
    const dayAt = word.index - before.length + dayBefore.index;
    // Year, a word for "year", day, month: "2019 წლის 4 მარტს".
    const yearFirst = yearAfter ? null : YEAR_WORD_BEFORE.exec(text.slice(Math.max(0, dayAt - 16), dayAt));
    const year = yearAfter?.year ?? yearFirst?.[1];
    const last = validParts({ year: year ? gregorianYearIn(lang, +year) : null, month, day: +dayBefore[1]! });
    const end = afterAt + (yearAfter ? yearAfter.length : 0);
    // A span of days written with a dash before one month: "12–14 marca 2019".
    const from = yearFirst ? null : FIRST_DAY.exec(text.slice(Math.max(0, dayAt - 8), dayAt));
    const first = from && last ? validParts({ ...last, day: +from[1]! }) : null;
    if (first && last && first.day! < last.day!) return { parts: first, until: last, start: dayAt - from![0].length, end };
    return last ? { parts: last, until: null, start: dayAt - (yearFirst ? yearFirst[0].length : 0), end } : null;
  }
  const hyphened = YEAR_HYPHEN_BEFORE.exec(before) && DAY_HYPHEN_AFTER.exec(after) ? YEAR_HYPHEN_BEFORE.exec(before) : null;
  const yearBefore = YEAR_BEFORE.exec(before) ?? hyphened ?? (header ? (HEADER_YEAR_BEFORE.exec(before) ?? HEADER_YEAR_JOIN_BEFORE.exec(before)) : null);
  const dayAfter =
    (hyphened ? DAY_HYPHEN_AFTER.exec(after) : DAY_AFTER.exec(after)) ??
    (header && yearBefore ? (HEADER_DAY_AFTER.exec(after) ?? HEADER_MONTH_WORD_DAY_AFTER.exec(after)) : null);
  if (yearBefore) {
    const parts = validParts({ year: gregorianYearIn(lang, +yearBefore[1]!), month, day: dayAfter ? +dayAfter[1]! : null });
    return parts ? { parts, until: null, start: word.index - before.length + yearBefore.index, end: afterAt + (dayAfter ? dayAfter[0].length : 0) } : null;
  }
  if (yearAfter) {
    const parts = validParts({ year: gregorianYearIn(lang, +yearAfter.year), month, day: null });
    return parts ? { parts, until: null, start: word.index, end: afterAt + yearAfter.length } : null;
  }
  if (dayAfter) {
    // "Apr 12, 2019": month, day, then the year.
    const rest = text.slice(afterAt + dayAfter[0].length, afterAt + dayAfter[0].length + 16);
    const year = /^,?\s*(\d{4})(?!\d)/u.exec(rest) ?? (header ? HEADER_YEAR_AFTER_DAY.exec(rest) : null);
    const parts = validParts({ year: year ? gregorianYearIn(lang, +year[1]!) : null, month, day: +dayAfter[1]! });
    return parts ? { parts, until: null, start: word.index, end: afterAt + dayAfter[0].length + (year ? year[0].length : 0) } : null;
  }
  return null;
}

/** A year written after a month: the year's figures and how many characters, from the month's end, the match takes. */
type YearAfter = { year: string; length: number };
const yearRead = (m: RegExpExecArray | null): YearAfter | null => (m ? { year: m[1]!, length: m[0].length } : null);

/** The year after a weekday that follows the month, on a header line (WEEKDAY_THEN_YEAR). */
function weekdayThenYear(after: string): YearAfter | null {
  const m = WEEKDAY_THEN_YEAR.exec(after);
  return m && isWeekdayName(m[1]!) ? { year: m[2]!, length: m[0].length } : null;
}

/** A slash or an opening bracket between two names of one month ("آذار/مارس", "مارس (آذار)"). */
const SECOND_NAME = /^\s*(?:\/|\()\s*$/u;

/**
 * How many characters after `word` name its month again in another calendar's or region's word, as Arabic pages write
 * both ("12 آذار/مارس 2024", "12 مارس (آذار) 2024"): the date's numbers stand around the pair, not around one word.
 * 0 when the next word is not the same month's.
 */
function sameMonthAgain(text: string, word: MonthWord, month: number, words: readonly MonthWord[]): number {
  const end = word.index + word.word.length;
  const next = words.find((w) => w.index > end && w.index - end <= 3 && SECOND_NAME.test(text.slice(end, w.index)));
  if (!next || !next.languages.some((l) => monthIn(l, next.word) === month)) return 0;
  const close = /^\s*\)/u.exec(text.slice(next.index + next.word.length))?.[0].length ?? 0;
  return next.index + next.word.length + close - end;
}

/** The dates written around the month words of `lang` in `text`, in text order; `header` for a header line (not running text). */
export function monthNameDates(text: string, words: readonly MonthWord[], lang: DateLanguage, header = false): MonthDate[] {
  return words.filter((w) => w.languages.includes(lang)).flatMap((w) => around(text, w, lang, words, header) ?? []);
}
