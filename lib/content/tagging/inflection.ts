/**
 * Inflection keys: what a base form and an inflected word have in common when
 * one is a case of the other under a paradigm of lib/content/tagging/paradigms.ts.
 * A key is the stem plus the paradigm's id ("Рос|uk-iya" for both "Росія" and
 * "Росії"), so two words meet only through the same paradigm, and a stem
 * shorter than {@link MIN_STEM} letters never makes a key.
 */
import { type EndingIndex, forEachEnding, indexEndings } from './ending-index';
import { paradigms, type Paradigm } from './paradigms';

/** The shortest stem a key may have: "Рос" (Росія) is allowed, "Ро" is not. */
export const MIN_STEM = 3;

const consonantFinal = /[bcdfghjklmnpqrstvwxzßñçłńśźżćбвгджзйклмнпрстфхцчшщў]$/iu;

const indexes = new Map<string, EndingIndex<Paradigm>>();

/** The ending index for a set of languages, built once per set. */
function endingIndex(languages: readonly string[]): EndingIndex<Paradigm> {
  const id = languages.join(' ');
  let index = indexes.get(id);
  if (!index) {
    index = indexEndings(languages.flatMap((language) => (paradigms[language] ?? []).flatMap((paradigm) => paradigm.endings.map((ending) => [ending, paradigm] as const))));
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
  forEachEnding(word, endingIndex(languages), MIN_STEM, consonantFinal, (stem, paradigm) => visit(stem, paradigm.id));
}
