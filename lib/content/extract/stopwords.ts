/**
 * The one reader of `stopwords-iso`: function words per language, for every decision that weighs
 * how much a line reads like running text (segment/line-evidence.ts), whether a word can be a name
 * (extract/name-shape.ts) and whether a capitalised word is common somewhere (tagging/common-words.ts).
 */
import stopwordsJson from 'stopwords-iso/stopwords-iso.json';
import { z } from 'zod';

const LISTS = z.record(z.string(), z.array(z.string())).parse(stopwordsJson);
const sets = new Map<string, ReadonlySet<string>>();

function setOf(key: string, words: () => string[]): ReadonlySet<string> {
  const hit = sets.get(key);
  if (hit) return hit;
  const set = new Set(words().map((w) => w.toLowerCase()));
  sets.set(key, set);
  return set;
}

/**
 * The lower-cased stopwords of a language (BCP 47 primary tag). For a language without a list
 * (or `und`), `unknown` decides: `'union'` gives every list together (a share of function words
 * still tells running text from a menu), `'none'` an empty set (a name must not be refused because
 * some other language uses its letters as a function word).
 */
export function stopwordsOf(language: string, unknown: 'union' | 'none'): ReadonlySet<string> {
  const tag = language.toLowerCase().split('-')[0] ?? 'und';
  if (LISTS[tag]) return setOf(tag, () => LISTS[tag] ?? []);
  return unknown === 'union' ? setOf('*', () => Object.values(LISTS).flat()) : setOf('', () => []);
}

/** Lower-cased word → the languages listing it as a stopword. */
const languagesOf = new Map<string, string[]>();
for (const [language, words] of Object.entries(LISTS)) {
  for (const w of words) {
    const key = w.toLowerCase();
    const list = languagesOf.get(key);
    if (list) list.push(language);
    else languagesOf.set(key, [language]);
  }
}

/** The languages (ISO 639-1) in which `word`, in any case, is a stopword. */
export function stopwordLanguages(word: string): readonly string[] {
  return languagesOf.get(word.toLowerCase()) ?? [];
}

/** The languages (ISO 639-1) that have a stopword list. */
export const languagesWithStopwords: readonly string[] = Object.keys(LISTS).sort();
