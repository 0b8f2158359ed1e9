/**
 * Names at the head of a closed compound. Dutch writes a compound whose first
 * part is a name as one word ("Kremlinwoordvoerder", "Polonezsystemen",
 * "Loekasjenkoregime"); the tokenizer sees one word, which no form matches.
 * The head is taken when it is a one-word form as written, at least
 * {@link MIN_HEAD} letters long, and what follows is a lowercase word of at
 * least {@link MIN_TAIL} letters: "Indianapolis" (India + napolis) has too short
 * a head, "Polenta" too short a tail, and a capital or digit after the head
 * ("ChinaTown", "Kremlin2") is no Dutch compound.
 */

/** Languages that write a compound with a name in it as one word. */
const closedCompounds: ReadonlySet<string> = new Set(['nl']);

/** The shortest head: six letters keep "India" out of "Indianapolis" and "Polen" out of "Polenbrood". */
export const MIN_HEAD = 6;

/** The shortest tail, in letters: a word of its own, not an ending ("Russen", "Polenta", "Kievse"). */
export const MIN_TAIL = 5;

const lowercaseWord = /^\p{Ll}+$/u;

/**
 * The entity a closed compound opens with, or null. `entityOf` answers for a
 * one-word form as written (the exact trie's first step). Longest head first.
 */
export function compoundHead(word: string, language: string | null, entityOf: (head: string) => string | null): string | null {
  if (language === null || !closedCompounds.has(language) || word.length < MIN_HEAD + MIN_TAIL || !/^\p{Lu}/u.test(word)) return null;
  for (let cut = word.length - MIN_TAIL; cut >= MIN_HEAD; cut -= 1) {
    if (!lowercaseWord.test(word.slice(cut))) continue;
    const entity = entityOf(word.slice(0, cut));
    if (entity !== null) return entity;
  }
  return null;
}
