/**
 * A month named in a language whose month names the runtime has no data for (Haitian Creole "6 desanm 2026",
 * Latin "6 Octobris 2026"), read by its likeness to the month names of every language Intl writes:
 * such names are borrowed and keep the borrowed word's opening ("Octobris" — "october", "Martii" — "martie"). Only the slot of a full date is read: a day, the word and a four-figure year ("6 desanm 2026",
 * "desanm 6, 2026"), on a header line, never in running text, and only when the page's language is not known to
 * be one whose months the runtime names (there a word not among its names is no month); the word names a month only
 * when every month form that shares its longest opening (MIN_OPENING letters or more) names the same month.
 */
import { everyMonthForm } from './month-names';
import { type CalendarParts, validParts } from './partial-date';
import { foldedLower } from '../fold-text';

/**
 * Letters a word must share with a month form's opening: four ("nove", "octo", "mart"). Three are too few: they make
 * a word another language's short month with a case ending (Fijian "Maji", March, is Czech "máji", in May; "Epereli",
 * April, opens like an October), and a wrong day is worse than the year alone (year-line.ts).
 */
const MIN_OPENING = 4;
const WORD = String.raw`([\p{L}\p{M}]{${MIN_OPENING},12})`;
/** Day, word, year: "6 desanm 2026", "6. desanm 2026", "6 de desanm de 2026". */
const DAY_WORD_YEAR = new RegExp(String.raw`(?<![\p{L}\p{M}\d.,:/-])(\d{1,2})\.?\s+(?:\p{Ll}{1,2}\s+)?${WORD}\.?,?\s+(?:\p{Ll}{1,2}\s+)?(\d{4})(?![\d\p{L}])`, 'gu');
/** Word, day, year: "desanm 6, 2026". */
const WORD_DAY_YEAR = new RegExp(String.raw`(?<![\p{L}\p{M}\d])${WORD}\.?\s+(\d{1,2}),?\s+(\d{4})(?![\d\p{L}])`, 'gu');

function sharedOpening(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The month of a word no language's month names hold, by its likeness to all of them; null when no one month is nearest. */
export function borrowedMonth(word: string): number | null {
  const w = foldedLower(word);
  // A word that is some language's month form once its marks are dropped ("Erena", "kasim") was left unread on
  // purpose: a plain word of one language may be another's month without its accents.
  if (everyMonthForm().has(w)) return null;
  let best = 0;
  let months = new Set<number>();
  for (const [form, named] of everyMonthForm()) {
    const n = sharedOpening(w, form);
    if (n < MIN_OPENING || n < best) continue;
    if (n > best) [best, months] = [n, new Set()];
    for (const m of named) months.add(m);
  }
  return months.size === 1 ? [...months][0]! : null;
}

/** A date whose month is a borrowed word: its parts and where it stands. */
export type BorrowedDate = { parts: CalendarParts; start: number; end: number };

/** The full dates in `text` whose month word is read by likeness (borrowedMonth); `known(word)` says a word is a month name already read, which is left to its reader. */
export function borrowedMonthDates(text: string, known: (word: string) => boolean): BorrowedDate[] {
  if (!/\d{4}/u.test(text)) return [];
  const found: BorrowedDate[] = [];
  const take = (m: RegExpMatchArray, day: string, word: string, year: string) => {
    if (known(word)) return;
    const month = borrowedMonth(word);
    const parts = month === null ? null : validParts({ year: +year, month, day: +day });
    if (parts) found.push({ parts, start: m.index!, end: m.index! + m[0].length });
  };
  for (const m of text.matchAll(DAY_WORD_YEAR)) take(m, m[1]!, m[2]!, m[3]!);
  for (const m of text.matchAll(WORD_DAY_YEAR)) take(m, m[2]!, m[1]!, m[3]!);
  return found;
}
