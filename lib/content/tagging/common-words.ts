/**
 * Common words of every language stopwords-iso covers, for the decisions
 * tagging makes about a capitalised word: a country's name that is also a
 * function word somewhere ("Man", "Benim", "Bara") is not matched, and a word
 * that is common in the story's language is not proposed as a name when it
 * only ever starts a sentence (content:entities).
 */
import { stopwordLanguages } from '../extract/stopwords';

export { stopwordLanguages };

/** Whether `word` is a stopword in `language`, or in any language when `language` is null. */
export function isStopword(word: string, language: string | null = null): boolean {
  const found = stopwordLanguages(word);
  return language === null ? found.length > 0 : found.includes(language);
}
