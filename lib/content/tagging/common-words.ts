/**
 * Common words of every language stopwords-iso covers, for the decisions
 * tagging makes about a capitalised word: a country's name that is also a
 * function word somewhere ("Man", "Benim", "Bara") is not matched, and a word
 * that is common in the story's language is not proposed as a name when it
 * only ever starts a sentence (content:entities).
 */
import stopwordsIso from 'stopwords-iso/stopwords-iso.json';
import { z } from 'zod';

const lists = z.record(z.string(), z.array(z.string())).parse(stopwordsIso);

/** Lowercase word → the languages listing it as a stopword. */
const languagesOf = new Map<string, string[]>();
for (const [language, words] of Object.entries(lists)) {
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

/** Whether `word` is a stopword in `language`, or in any language when `language` is null. */
export function isStopword(word: string, language: string | null = null): boolean {
  const found = stopwordLanguages(word);
  return language === null ? found.length > 0 : found.includes(language);
}
