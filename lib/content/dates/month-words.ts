/**
 * The text scan over the month tables: which words of a text are month names, and in which languages (monthWords),
 * that chrono.ts's windows and month-date.ts start from. What one word reads as, remembered word by word, is
 * month-word-languages.ts; the tables themselves (Intl's forms, stems) stay in month-names.ts, the weekdays in
 * weekday-names.ts.
 */
import { CAPITALISED, type DateLanguage, dateLanguages, isDateLanguage } from './date-languages';
import { isFullMonthName } from './month-names';
import { languagesOfWord, type WordMonths, wordMonths, wordScan } from './month-word-languages';

export type MonthScan = {
  /** Read the text as running prose: a month name of a capitalised language must be capitalised. */
  prose?: boolean;
  /** Languages the text is known to be in (BCP 47 primary tags); others are not tried. All when absent or none is a date language. */
  languages?: readonly string[];
  /** Take a month word with no number near it too ("in May", "en mars"): running text dates a month alone. */
  monthAlone?: boolean;
};

/** The date languages a scan may try, in the order given. */
export function scanLanguages(scan: MonthScan = {}): DateLanguage[] {
  const wanted = (scan.languages ?? []).filter(isDateLanguage);
  return wanted.length ? [...new Set(wanted)] : [...dateLanguages()];
}

/** A word of two letters or more, or an abbreviation of short pieces with dots inside it (group 1: Thai "มี.ค."). */
// A zero-width non-joiner or joiner inside a word is spelling (Malayalam "ഒക്‌ടോബർ", Persian "اردی‌بهشت"), not a break.
const WORD_OR_ABBREVIATION = /([\p{L}\p{M}]{1,4}(?:\.[\p{L}\p{M}]{1,4})+\.?)|[\p{L}\p{M}](?:[\p{L}\p{M}]|[\u200c\u200d](?=[\p{L}\p{M}]))+/gu;
const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}]|[\u200c\u200d](?=[\p{L}\p{M}]))+/gu;
const DOTTED_INSIDE = /[\p{L}\p{M}]\.[\p{L}\p{M}]/u;

/** The last capital that follows a lower-case letter inside a word (the letter before it is matched too). */
const GLUED_CAPITAL = /\p{Ll}\p{Lu}(?!.*\p{Ll}\p{Lu})/u;

/** A month word in the text: where it is and which languages it belongs to. */
export type MonthWord = { index: number; word: string; languages: DateLanguage[] };

/** The indexes of `text`'s ASCII figures, in order. */
function figureIndexes(text: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) at.push(i);
  }
  return at;
}

/** True when one of `figures` (ascending indexes) lies in [from, to). */
function figureWithin(figures: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < figures.length && figures[lo]! < to;
}

/** Words a month CLDR writes in several words may take after its first ("sánzá ya zómi na míbalé", Lingala December). */
const MAX_MONTH_WORDS = 5;
const NEXT_WORDS = new RegExp(String.raw`^(?:\s+[\p{L}\p{M}]+){1,${MAX_MONTH_WORDS - 1}}`, 'u');

/** One monthWords scan's state: where the text's figures stand (null when a month alone is taken), the languages tried, the words found. */
type Scan = { figures: readonly number[] | null; among: readonly DateLanguage[]; prose: boolean; found: MonthWord[] };

/**
 * Takes `word` (at `at`) into the scan's found words when it names a month of the scan's languages, with a number near it
 * unless a month alone is taken; `read` is its wordMonths when already read. True when taken.
 */
function take(scan: Scan, at: number, word: string, read?: WordMonths): boolean {
  // A month name makes a date only with a number near it.
  if (scan.figures && !figureWithin(scan.figures, Math.max(0, at - 12), at + word.length + 12)) return false;
  // Most words share no opening with any month form (wordMonths is null): languagesOfWord would give none.
  if ((read === undefined ? wordMonths(word) : read) === null) return false;
  const of = languagesOfWord(word, scan.among);
  const capital = of.length > 0 && word[0] !== word[0]!.toLocaleLowerCase();
  const langs = of.filter((l) => !(scan.prose && CAPITALISED.has(l) && !capital));
  if (langs.length) scan.found.push({ index: at, word, languages: langs });
  return langs.length > 0;
}

/**
 * The words after `first` (at `at`) that make with it the longest month name the scan takes, or null. The longest goes
 * first: Mongolian "арван нэгдүгээр сар" is the eleventh month, though "нэгдүгээр сар" alone is the first, and Kikuyu
 * "Mwere wa ikũmi na ũmwe" the eleventh, though "Mwere wa ikũmi" is the tenth.
 */
function longestMonth(scan: Scan, at: number, first: string, rest: string): string | null {
  const next = NEXT_WORDS.exec(rest)?.[0];
  if (next === undefined) return null;
  const ends = [...next.matchAll(/[\p{L}\p{M}]+/gu)].map((w) => w.index + w[0].length);
  for (let i = ends.length - 1; i >= 0; i--) if (take(scan, at, first + next.slice(0, ends[i]))) return next.slice(0, ends[i]);
  return null;
}

/** The month words that stand near a number ("4 марта", "March 2019", "kovo 12 d."), in text order. */
export function monthWords(text: string, options: MonthScan = {}): MonthWord[] {
  // Where the text's figures stand, found once for every word's "number near it" test below.
  const figures = options.monthAlone ? null : figureIndexes(text);
  // No figure: no word is taken.
  if (figures?.length === 0) return [];
  const scan: Scan = { figures, among: scanLanguages(options), prose: options.prose === true, found: [] };
  let skipTo = 0;
  // A word starting more than twelve characters past the last figure has no figure near it (take), nor has any after it.
  const lastFigure = figures === null ? Infinity : figures[figures.length - 1]!;
  // Most text has no letter-dot-letter run: there the plain word pattern is enough, and cheaper.
  for (const m of text.matchAll(DOTTED_INSIDE.test(text) ? WORD_OR_ABBREVIATION : WORD)) {
    const at = m.index;
    if (at - 12 > lastFigure) break;
    if (at < skipTo) continue;
    // An abbreviation with dots inside it ("มี.ค.", "ส.ค.") is one word when it is a month's; otherwise its pieces are read.
    if (m[1] !== undefined) {
      if (!take(scan, at, m[1].replace(/\.$/u, ''))) for (const p of m[1].matchAll(/[\p{L}\p{M}]{2,}/gu)) take(scan, at + p.index, p[0]);
      continue;
    }
    // A month CLDR writes as two words or more ("كانون الثاني", Mongolian "арван нэгдүгээр сар"): its first word alone
    // names no one month.
    const read = wordScan(m[0]);
    const longer = read.multiWordFirst ? longestMonth(scan, at, m[0], text.slice(at + m[0].length)) : null;
    if (longer !== null) {
      skipTo = at + m[0].length + longer.length;
      continue;
    }
    if (take(scan, at, m[0], read.months)) continue;
    // A scrape glues page elements: a section name or a prefix before a capitalised month ("NewsMarch 4, 2026", Zulu
    // "ngoMashi 4"). The word's tail from its last capital after a lower-case letter is read as a word of its own.
    const glued = GLUED_CAPITAL.exec(m[0]);
    if (glued) take(scan, at + glued.index + 1, m[0].slice(glued.index + 1));
  }
  return scan.found;
}

/**
 * Where the page's language does not decide, a language in which a month word of the text is the month's full name
 * reads before one in which it only abbreviates a month: "14 jen 2026" is Haitian June before it is Igbo's "Jen"
 * (January), "5 out 2026" Haitian August before Portuguese "out" (October). A word written with an abbreviation's dot
 * ("out.") is no full name. The order is otherwise kept (first occurrence).
 */
export function fullNamesFirst(occurring: readonly string[], words: readonly MonthWord[], text: string): string[] {
  // One language or none: there is no order to change.
  if (occurring.length < 2) return [...occurring];
  const full = (l: string) => words.some((w) => w.languages.includes(l) && text[w.index + w.word.length] !== '.' && isFullMonthName(l, w.word));
  const [first, rest] = [occurring.filter(full), occurring.filter((l) => !full(l))];
  return first.length && rest.length ? [...first, ...rest] : [...occurring];
}
