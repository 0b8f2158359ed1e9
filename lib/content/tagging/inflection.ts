/**
 * Inflection keys: what a base form and an inflected word have in common when
 * one is a case of the other under a paradigm of lib/content/tagging/paradigms.ts.
 * A key is the stem plus the paradigm's id ("Рос|uk-iya" for both "Росія" and
 * "Росії"), so two words meet only through the same paradigm, and a stem
 * shorter than {@link MIN_STEM} letters never makes a key.
 */
import { paradigms, type Paradigm } from './paradigms';

/** The shortest stem a key may have: "Рос" (Росія) is allowed, "Ро" is not. */
export const MIN_STEM = 3;

const consonantFinal = /[bcdfghjklmnpqrstvwxzßñçłńśźżćбвгджзйклмнпрстфхцчшщў]$/iu;

/** Endings indexed for a text word: language → ending → paradigms having it. */
type EndingIndex = { maxLength: number; byEnding: Map<string, Paradigm[]> };

function indexEndings(languages: readonly string[]): EndingIndex {
  const byEnding = new Map<string, Paradigm[]>();
  let maxLength = 0;
  for (const language of languages) {
    for (const paradigm of paradigms[language] ?? []) {
      for (const ending of paradigm.endings) {
        byEnding.set(ending, [...(byEnding.get(ending) ?? []), paradigm]);
        maxLength = Math.max(maxLength, ending.length);
      }
    }
  }
  return { maxLength, byEnding };
}

const indexes = new Map<string, EndingIndex>();

/** The ending index for a set of languages, built once per set. */
function endingIndex(languages: readonly string[]): EndingIndex {
  const id = languages.join(' ');
  let index = indexes.get(id);
  if (!index) {
    index = indexEndings(languages);
    indexes.set(id, index);
  }
  return index;
}

/**
 * The keys of a base form (one word) written in `language`: one per paradigm
 * whose base endings it has. Empty for a language without paradigms.
 */
export function lemmaKeys(word: string, language: string): string[] {
  const keys: string[] = [];
  for (const paradigm of paradigms[language] ?? []) {
    for (const ending of paradigm.lemma) {
      if (!word.endsWith(ending)) continue;
      const stem = word.slice(0, word.length - ending.length);
      if (stem.length < MIN_STEM || (ending === '' && !consonantFinal.test(stem))) continue;
      keys.push(`${stem}|${paradigm.id}`);
    }
  }
  return keys;
}

/**
 * The keys of a word in a text under the paradigms of `languages`: one per
 * (ending, paradigm) it could be a case of. Calls `visit(stem, paradigmId)`
 * rather than building an array: this runs for every word of every article.
 */
export function forEachInflectionKey(word: string, languages: readonly string[], visit: (stem: string, paradigm: string) => void): void {
  const index = endingIndex(languages);
  const longest = Math.min(index.maxLength, word.length - MIN_STEM);
  for (let n = 0; n <= longest; n += 1) {
    const list = index.byEnding.get(n === 0 ? '' : word.slice(word.length - n));
    if (!list) continue;
    const stem = word.slice(0, word.length - n);
    if (n === 0 && !consonantFinal.test(stem)) continue;
    for (const paradigm of list) visit(stem, paradigm.id);
  }
}
