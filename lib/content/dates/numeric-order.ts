/**
 * Which way a page writes numeric dates: "03/04/2019" is March 4 in US usage and 3 April almost everywhere
 * else. Only English is read month first, and only when the page itself does not show day first: English
 * pages from Britain, India, Nigeria or Australia write "12 March 2024" and "25/03/2024". The page's own
 * unambiguous dates decide: a slash date whose first number is over 12 (day first) or whose second is
 * (month first), and English dates with a month name, "12 March 2024" against "March 12, 2024".
 */
import { remembered } from '../bounded-memo';
import { monthIn } from './month-names';

/** Whether a word is an English month name, remembered by word: a page writes the same few months again and again. Bounded. */
const ENGLISH_MONTH = new Map<string, boolean>();
const isEnglishMonth = (word: string) => remembered(ENGLISH_MONTH, 4096, word, (w) => monthIn('en', w) !== null);

const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})(?![\d/])/gu;
const DAY_MONTH = /(?<![\p{L}\d])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(\p{L}{3,9})\.?,?\s+\d{4}(?!\d)/gu;
// Read from the day's figures back to the month word: a scan that starts at every letter of the page costs several
// times more, and matches the same (a month word is read before its day, and no match overlaps another).
const MONTH_DAY = /\d{1,2}(?<=(?<![\p{L}\d])(\p{L}{3,9})\.?\s+\d{1,2})(?:st|nd|rd|th)?,?\s+\d{4}(?!\d)/gu;

/** How many of the text's unambiguous dates are written day first and how many month first. */
export function numericOrderEvidence(text: string): { dayFirst: number; monthFirst: number } {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of text.matchAll(SLASHED)) {
    const [a, b] = [+m[1]!, +m[2]!];
    if (a > 12 && b >= 1 && b <= 12) dayFirst++;
    else if (b > 12 && a >= 1 && a <= 12) monthFirst++;
  }
  for (const m of text.matchAll(DAY_MONTH)) if (isEnglishMonth(m[1]!)) dayFirst++;
  for (const m of text.matchAll(MONTH_DAY)) if (isEnglishMonth(m[1]!)) monthFirst++;
  return { dayFirst, monthFirst };
}

/** True when the page's slash dates are to be read month first: an English page that shows no more day-first dates than month-first ones. */
export function readsMonthFirst(language: string, lines: readonly { text: string }[]): boolean {
  if (language !== 'en') return false;
  const { dayFirst, monthFirst } = numericOrderEvidence(lines.map((l) => l.text).join('\n'));
  return dayFirst <= monthFirst;
}
