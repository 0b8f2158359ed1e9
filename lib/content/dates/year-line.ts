/**
 * A date line whose month no reader can read: a short line of its own in the story's header, holding a four-figure
 * year, a day or two small numbers, and at most a few words, such as Yoruba pages write the month as "the twelfth
 * month" ("Ọjọ́ 14 Oṣù Kejìlá 2026", which no calendar data names), or CLDR's own "5 12 2026". The shape says
 * "date", so the year is the page's; the month is never guessed from a word no table names, so the date is the year
 * alone, and its evidence is the line. Where the month is written as the word for month and an ordinal ("Oṣù Kejìlá",
 * the twelfth month: ordinal-month.ts), the month and the line's one day are read too. Read only where every other
 * reader found nothing (publication-date.ts).
 */
import { asciiDigits } from './date-find';
import { plausibleYear, validParts } from './partial-date';
import { ordinalMonth } from './ordinal-month';
import { isWeekdayName } from './weekday-names';
import { stopwordsOf } from '../extract/stopwords';
import { memo } from './date-languages';
import { isEthiopianMonth } from './ethiopian-date';

/** Longer lines are headlines, standfirsts or menus: a date line of this kind is short. */
const MAX_LINE = 40;
/** Words beside the numbers: a label for "day", a word for "month", the month's own word. */
const MAX_WORDS = 3;
/** A small number: a day or a month's number, with an ordinal ending glued to it at most ("14ê", "5th"). */
const SMALL = /^(\d{1,2})[\p{L}\p{M}]{0,3}$/u;
const YEAR = /^\d{4}$/u;
const WORD = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)?$/u;
const TIME = /(?<!\d)\d{1,2}[:h]\d{2}(?!\d)/gu;
/**
 * What parts the fields of a date line: spaces, commas, dots, slashes, dashes, bars, bullets, and Tibetan's tsheg and
 * shad; a hyphen between two letters joins one word ("Karùn-ún", the fifth).
 */
const SEPARATORS = /(?:[\s,.،/–—|·•་།]|(?<![\p{L}\p{M}])-|-(?![\p{L}\p{M}]))+/u;

/**
 * Locales that write the months of India's national calendar, whose names Nepal's Bikram Sambat shares ("मंसिर",
 * "पौष"): its years (1946 Saka, 2081 Bikram Sambat) look like Gregorian ones, as the Ethiopian calendar's do (2017).
 */
const INDIAN_CALENDAR_LOCALES = ['hi', 'ne', 'mr'];
const indianMonths = memo((): ReadonlySet<string> => {
  const found = new Set<string>();
  for (const locale of INDIAN_CALENDAR_LOCALES) {
    const format = new Intl.DateTimeFormat(`${locale}-u-ca-indian`, { month: 'long', timeZone: 'UTC' });
    for (let d = 0; d < 366; d += 15) found.add(format.format(Date.UTC(2001, 0, 1 + d)).toLocaleLowerCase());
  }
  return found;
});

/** A month of a calendar whose years look like Gregorian ones: a line naming one dates itself in that calendar, whose year is not the Gregorian year. */
const otherCalendarMonth = (word: string) => isEthiopianMonth(word) || indianMonths().has(word.toLocaleLowerCase());

/** What a date line gives: its year, and its month and day when the month is written as an ordinal (ordinal-month.ts). */
export type DateLineParts = { year: number; month: number | null; day: number | null };

/**
 * The year of `line` when it is shaped as a date line whose month is not read: at most MAX_LINE characters, one
 * four-figure year in the calendar's range, one or two small numbers (1–31), at most MAX_WORDS words beside them
 * (weekday names not counted) and nothing else: no other figure, no sentence end, no function word of the page's
 * language written in lower case (`stopwords`), which joins the words of a phrase ("10 best of 2026"), no month of a
 * calendar whose years look like Gregorian ones ("ህዳር 15/2016", "मंसिर २०, २०८१": the year is not ours). A line of
 * numbers alone needs two small numbers beside the year; a line with one needs a word after a number, where a month
 * stands ("14 Oṣù Kejìlá 2026"): words all before it are a label over a number ("Issue 14, 2026"). Null otherwise.
 */
export function yearOfDateLine(line: string, stopwords: ReadonlySet<string> = new Set()): number | null {
  return dateOfDateLine(line, stopwords)?.year ?? null;
}

/**
 * yearOfDateLine's reading, with the month and day when the line writes its month as the word for month and an
 * ordinal ("Ọjọ́ 14 Oṣù Kejìlá 2026": 14 December 2026) and holds one small number, the day; the `language`'s ordinals
 * are tried first. The line's shape decides that it is a date line; the ordinal only names its month.
 */
export function dateOfDateLine(line: string, stopwords: ReadonlySet<string> = new Set(), language = ''): DateLineParts | null {
  const t = asciiDigits(line.trim()).replace(TIME, ' ');
  if (t.length > MAX_LINE || !/\d{4}/u.test(t) || /[\p{Sentence_Terminal}](?=\s*\p{L})|[?!]/u.test(t)) return null;
  let year: number | null = null;
  const small: number[] = [];
  const words: string[] = [];
  let wordAfterNumber = false;
  for (const token of t.split(SEPARATORS)) {
    if (token === '') continue;
    if (YEAR.test(token)) {
      if (year !== null || !plausibleYear(+token)) return null;
      year = +token;
    } else if (SMALL.test(token)) {
      const n = +SMALL.exec(token)![1]!;
      if (n < 1 || n > 31 || small.push(n) > 2) return null;
    } else if (WORD.test(token)) {
      if (isWeekdayName(token)) continue;
      wordAfterNumber ||= small.length > 0 || year !== null;
      words.push(token);
      if (words.length > MAX_WORDS || (token === token.toLowerCase() && stopwords.has(token)) || otherCalendarMonth(token)) return null;
    } else return null;
  }
  if (year === null || small.length === 0 || (words.length === 0 && small.length < 2)) return null;
  const ordinal = small.length === 1 ? ordinalMonth(words, language) : null;
  const parts = ordinal ? validParts({ year, month: ordinal.month, day: small[0]! }) : null;
  if (parts) return { year, month: parts.month, day: parts.day };
  // "Issue 14, 2026", "Vol. 3 2026", "Season 2 2026": one number after a label, no word beside the number where a month
  // stands, is a numbered issue or part. A month word before its day ("December 14, 2026") is one its reader knows.
  return small.length === 1 && !wordAfterNumber ? null : { year, month: null, day: null };
}

/** Lines above the headline a date line may stand on: a date set over the headline, never the site's menu above. */
const ABOVE_HEADLINE = 2;

/**
 * The first date line of the story's header read by dateOfDateLine (its year, and its month and day when the month is
 * an ordinal): among the lines removed between the headline and the first paragraph, then those right above the
 * headline. Null when there is none.
 */
export function headerYearLine(
  removed: readonly { line: number; text: string }[],
  headline: number | null,
  firstParagraph: number | null,
  language: string,
): DateLineParts & { line: number; text: string } | null {
  if (firstParagraph === null) return null;
  const top = headline ?? firstParagraph;
  const below = removed.filter((r) => r.line > top && r.line < firstParagraph);
  const above = headline === null ? [] : removed.filter((r) => r.line < headline && r.line >= headline - ABOVE_HEADLINE).reverse();
  const stopwords = stopwordsOf(language, 'union');
  for (const r of [...below, ...above]) {
    const parts = dateOfDateLine(r.text, stopwords, language);
    if (parts !== null) return { ...parts, line: r.line, text: r.text.trim() };
  }
  return null;
}
