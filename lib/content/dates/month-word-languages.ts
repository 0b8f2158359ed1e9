/**
 * Which languages one word is a month name in, read against the month tables (month-names.ts) and remembered word
 * by word: every date reader of every line asks again of the same words. The text scan that asks (monthWords) is
 * month-words.ts. Every memo here is bounded.
 */
import { clean, type DateLanguage, unaccented } from './date-languages';
import { MAX_ENDING, MIN_STEM, months, OPENING, readBare } from './month-names';
import { remembered } from '../bounded-memo';

const CLEANED = new Map<string, string>();
/** clean, remembered: a text's words are looked up many times (every date reader of every line scans them). Bounded. */
function cleanWord(word: string): string {
  return remembered(CLEANED, 20_000, word, clean);
}

/**
 * The languages in which `w` (cleaned) is a stem or byStem reads it (a stem plus an ending, a three-letter month plus a
 * letter): the same test as `stems.has(w) || byStem(forms, w) !== null`, asked of every language at once.
 */
function stemmedLanguages(w: string): Set<DateLanguage> {
  const { stemLanguagesOf, shortLanguagesOf } = months();
  const found = new Set<DateLanguage>(stemLanguagesOf.get(w));
  for (let cut = 1; cut <= MAX_ENDING && w.length - cut >= MIN_STEM; cut++) for (const l of stemLanguagesOf.get(w.slice(0, -cut)) ?? []) found.add(l);
  if (w.length === 4) for (const l of shortLanguagesOf.get(w.slice(0, 3)) ?? []) found.add(l);
  return found;
}

/** What languagesOfWord reads of a word whatever the languages asked for; null for a word no month form opens like. */
export type WordMonths = { exact: readonly DateLanguage[]; stems: ReadonlySet<DateLanguage>; bare: readonly DateLanguage[] } | null;
const WORD_MONTHS = new Map<string, WordMonths>();

/** The languages a word is an exact form, a stem reading or a bare (capitals) form of a month in, remembered by word: every date reader of every line asks again. Bounded. */
export function wordMonths(word: string): WordMonths {
  return remembered(WORD_MONTHS, 20_000, word, readWordMonths);
}

/** wordMonths' answer, never remembered. */
function readWordMonths(word: string): WordMonths {
  const w = cleanWord(word);
  const { languagesOf, bareLanguagesOf, openings } = months();
  // Most words of a text share no opening with any month form: skip them before trying every language's stems
  // (and before asking whether the word may be read without its marks: two case conversions per word of every text).
  if (!openings.has(w.slice(0, OPENING)) && !(readBare(word) && openings.has(unaccented(w).slice(0, OPENING)))) return null;
  return { exact: languagesOf.get(w) ?? [], stems: stemmedLanguages(w), bare: readBare(word) ? (bareLanguagesOf.get(unaccented(w)) ?? []) : [] };
}

/** What monthWords reads of each word it meets, remembered by word in one lookup: whether a two-word month opens with it, and its wordMonths. Bounded. */
export type WordScan = { multiWordFirst: boolean; months: WordMonths };
const WORD_SCANS = new Map<string, WordScan>();

/** What monthWords reads of `word`: whether a two-word month opens with it (months()' multiWordFirsts), and its wordMonths. */
export function wordScan(word: string): WordScan {
  return remembered(WORD_SCANS, 20_000, word, readWordScan);
}

/** wordScan's answer, never remembered. */
function readWordScan(word: string): WordScan {
  return { multiWordFirst: months().multiWordFirsts.has(cleanWord(word)), months: wordMonths(word) };
}

/** Which languages a word is a month name in, exact forms first. */
export function languagesOfWord(word: string, among: readonly DateLanguage[]): DateLanguage[] {
  const found = wordMonths(word);
  if (found === null) return [];
  const { exact, stems } = found;
  const stemmed = stems.size === 0 ? [] : among.filter((l) => !exact.includes(l) && stems.has(l));
  const bare = found.bare.filter((l) => among.includes(l) && !exact.includes(l) && !stemmed.includes(l));
  return [...exact.filter((l) => among.includes(l)), ...stemmed, ...bare];
}
