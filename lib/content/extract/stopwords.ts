/**
 * The one reader of `stopwords-iso`: function words per language, for every decision that weighs
 * how much a line reads like running text (segment/line-evidence.ts), whether a word can be a name
 * (extract/name-shape.ts) and whether a capitalised word is common somewhere (tagging/common-words.ts).
 */
import stopwordsJson from 'stopwords-iso/stopwords-iso.json';
import { z } from 'zod';

/**
 * The lists, checked by their schema on first use, not when the module loads: checking ~60,000 words
 * costs every importing process a few hundred ms of CPU, and most (a Next worker) never read a list.
 */
let lists: Record<string, string[]> | null = null;
const LISTS = (): Record<string, string[]> => (lists ??= z.record(z.string(), z.array(z.string())).parse(stopwordsJson));
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
  const all = LISTS();
  if (all[tag]) return setOf(tag, () => all[tag] ?? []);
  return unknown === 'union' ? setOf('*', () => Object.values(all).flat()) : setOf('', () => []);
}

let byWord: Map<string, string[]> | null = null;
/** Lower-cased word → the languages listing it as a stopword, made on first use. */
function languagesOf(): ReadonlyMap<string, string[]> {
  if (byWord) return byWord;
  byWord = new Map<string, string[]>();
  for (const [language, words] of Object.entries(LISTS())) {
    for (const w of words) {
      const key = w.toLowerCase();
      const list = byWord.get(key);
      if (list) list.push(language);
      else byWord.set(key, [language]);
    }
  }
  return byWord;
}

/** The languages (ISO 639-1) in which `word`, in any case, is a stopword. */
export function stopwordLanguages(word: string): readonly string[] {
  return languagesOf().get(word.toLowerCase()) ?? [];
}

/** The languages (ISO 639-1) that have a stopword list (the JSON's keys: the schema checks the lists under them when they are first read). */
export const languagesWithStopwords: readonly string[] = Object.keys(stopwordsJson).sort();
