/**
 * Evidence for the languages the n-gram detector (`eld`, ~60 languages) has no model for:
 * a Galician, Afrikaans, Swahili or Irish text would otherwise get a neighbour's tag with the
 * neighbour's confidence, or none. Two signals hold without a model: the share of a language's
 * function words (`stopwords-iso` lists many languages eld lacks), and letters none of eld's
 * languages of that script use. language/detect.ts weighs them after eld: the detector's own languages
 * win whenever their function words hold up, so they are not made worse.
 */
import { eld } from 'eld/medium';
import { languagesWithStopwords, stopwordsOf } from './stopwords';

/** The languages eld has a model for. */
export const MODELLED: ReadonlySet<string> = new Set(Object.values(eld.info().Languages));

/** Fewer words than this and a share of function words says little. */
const MIN_WORDS = 20;
/** A language must have at least this share of the text's words in its list to be named. */
const MIN_SHARE = 0.2;
/**
 * Function words only the unmodelled language's list has must outnumber those only the detector's
 * language has by this factor: neighbours (Galician and Portuguese) share most of their lists.
 */
const EXCLUSIVE_RATIO = 2;
const MIN_EXCLUSIVE = 3;

/** Lower-cased words of a text, with the apostrophes some function words carry (Afrikaans 'n, English don't). */
const wordsOf = (text: string) => text.toLowerCase().match(/['’]?\p{L}[\p{L}\p{M}'’]*/gu)?.map(apostrophes) ?? [];
/** A word's apostrophes as the lists write them, a closing one dropped; most words have none and are returned as they are. */
const apostrophes = (w: string) => (w.includes('’') || w.endsWith("'") ? w.replace(/’/g, "'").replace(/'$/, '') : w);

/** A text this long in a language all but surely uses the letters its function words are full of. */
const LETTERS_SURE_WORDS = 60;
/** A letter is characteristic of a language when at least this share of its function words has it. */
const CHARACTERISTIC_SHARE = 0.02;

const letterCounts = new Map<string, ReadonlyMap<string, number>>();
/** How many of a language's function words use each letter beyond a–z. */
function lettersOf(lang: string): ReadonlyMap<string, number> {
  const hit = letterCounts.get(lang);
  if (hit) return hit;
  const counts = new Map<string, number>();
  for (const w of stopwordsOf(lang, 'none')) for (const ch of new Set(w)) if (/\p{L}/u.test(ch) && !/[a-z]/.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  letterCounts.set(lang, counts);
  return counts;
}

/**
 * Letters beyond a–z that `a`'s function words often use (at least 2% of them: Portuguese ã,
 * Esperanto ĉ ŭ, Afrikaans ê) and `b`'s never do.
 */
function lettersOnly(a: string, b: string): string[] {
  const size = stopwordsOf(a, 'none').size;
  const theirs = lettersOf(b);
  return [...lettersOf(a)].filter(([ch, n]) => n >= size * CHARACTERISTIC_SHARE && !theirs.has(ch)).map(([ch]) => ch);
}

let byWord: Map<string, number[]> | null = null;
/** Word → the positions in languagesWithStopwords of the languages whose list (stopwordsOf, `none`) has it, each once: made on first use. */
function listsOfWord(): ReadonlyMap<string, number[]> {
  if (byWord) return byWord;
  byWord = new Map();
  languagesWithStopwords.forEach((lang, i) => {
    for (const w of stopwordsOf(lang, 'none')) {
      const langs = byWord?.get(w);
      if (langs) langs.push(i);
      else byWord?.set(w, [i]);
    }
  });
  return byWord;
}
/** Whether eld has a model for each language of languagesWithStopwords, by position. */
const MODELLED_AT: readonly boolean[] = languagesWithStopwords.map((lang) => MODELLED.has(lang));

/** A language the function words point to, with why. */
export type StopwordVerdict = { value: string; evidence: string };

/** Why the unmodelled language `mine` beats the detector's `theirs` on this text, or null when it does not. */
function beats(words: string[], text: string, mine: string, theirs: string): string | null {
  const own = stopwordsOf(mine, 'none');
  const other = stopwordsOf(theirs, 'none');
  const onlyMine = words.filter((w) => own.has(w) && !other.has(w)).length;
  const onlyTheirs = words.filter((w) => other.has(w) && !own.has(w)).length;
  const fw = `${onlyMine} of its function words are not ${theirs} ones (${onlyTheirs} the other way)`;
  if (onlyMine >= MIN_EXCLUSIVE && onlyMine >= onlyTheirs * EXCLUSIVE_RATIO) return fw;
  // Letters: the text has letters only the unmodelled language's function words use, and its function
  // words do not say otherwise; or a long text lacks every letter the detector's language cannot do without.
  const mineOnly = lettersOnly(mine, theirs).filter((ch) => text.includes(ch));
  if (mineOnly.length > 0 && onlyMine >= MIN_EXCLUSIVE && onlyMine >= onlyTheirs) return `${fw}; letters ${mineOnly.join(' ')}`;
  const theirsOnly = lettersOnly(theirs, mine);
  if (words.length >= LETTERS_SURE_WORDS && theirsOnly.length > 0 && !theirsOnly.some((ch) => text.includes(ch))) return `${fw}; none of ${theirs}'s letters ${theirsOnly.join(' ')} in ${words.length} words`;
  return null;
}

/** The positions of the two largest counts, the earlier position first among equal counts (what a stable sort, largest first, puts first). */
function topTwo(counts: readonly number[]): number[] {
  let best = -1;
  let next = -1;
  counts.forEach((n, i) => {
    if (best < 0 || n > (counts[best] ?? 0)) {
      next = best;
      best = i;
    } else if (next < 0 || n > (counts[next] ?? 0)) next = i;
  });
  return [best, next].filter((i) => i >= 0);
}

/**
 * The language eld has no model for whose function words the text is made of, when they and the
 * letters outweigh those of `detected` (eld's answer, or null when eld was not sure); null otherwise.
 */
export function unmodelledByStopwords(full: string, detected: string | null): StopwordVerdict | null {
  const text = full.toLowerCase();
  const words = wordsOf(text);
  if (words.length < MIN_WORDS) return null;
  // Counted word by word through one index, not list by list: the same counts, in the same language order.
  const hits = new Array<number>(languagesWithStopwords.length).fill(0);
  const index = listsOfWord();
  for (const w of words) for (const i of index.get(w) ?? []) hits[i] = (hits[i] ?? 0) + 1;
  const share = (n: number) => `${Math.round((n / words.length) * 100)}%`;
  // The languages ranked by hits, ties in language order (a stable sort), as [language, hits].
  const entry = (i: number): [string, number] => [languagesWithStopwords[i] ?? '', hits[i] ?? 0];
  const byHits = (a: number, b: number) => (hits[b] ?? 0) - (hits[a] ?? 0) || a - b;
  const candidates = hits.flatMap((n, i) => (!MODELLED_AT[i] && n >= words.length * MIN_SHARE ? [i] : [])).sort(byHits).map(entry);
  if (detected === null) {
    // eld knows none of its languages in the text: the leading list decides when nothing ties it.
    const [best, next] = topTwo(hits).map(entry);
    if (!best || candidates[0]?.[0] !== best[0] || (next && next[1] >= best[1])) return null;
    return { value: best[0], evidence: `${share(best[1])} of the words are ${best[0]} function words (next ${next?.[0] ?? '–'} ${share(next?.[1] ?? 0)})` };
  }
  for (const [lang, n] of candidates) {
    const why = beats(words, text, lang, detected);
    if (why) return { value: lang, evidence: `${share(n)} of the words are ${lang} function words; ${why}` };
  }
  return null;
}

/**
 * Cyrillic letters outside the basic block U+0400–U+045F (ө ү ә қ ң ұ һ ҳ ҷ…): the letters of
 * the Turkic, Mongolic and Iranian languages written in Cyrillic, which none of eld's Cyrillic
 * languages (Russian, Ukrainian, Belarusian, Bulgarian, Serbian) uses, ґ of Ukrainian excepted.
 */
const EXTENDED_CYRILLIC = /[\u0460-\u048f\u0492-\u052f]/gu;
const ANY_EXTENDED_CYRILLIC = new RegExp(EXTENDED_CYRILLIC.source, 'u');
/** Below this share of the Cyrillic letters, extended letters are a quoted name, not the language. */
const EXTENDED_SHARE = 0.01;

/** Whether a Cyrillic text uses letters none of eld's Cyrillic languages has (Kazakh, Mongolian, Tajik…). */
export function cyrillicBeyondModels(text: string): boolean {
  // Most texts have no extended letter at all: then none outnumbers anything, and the Cyrillic letters need no count.
  if (!ANY_EXTENDED_CYRILLIC.test(text)) return false;
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const extended = text.match(EXTENDED_CYRILLIC)?.length ?? 0;
  return cyrillic > 0 && extended > cyrillic * EXTENDED_SHARE;
}
