/**
 * The words a story's running text writes in lower case: the page's own function and common words, in any language
 * with letter case, with no list to consult ("troch", "le", "láti" on a Frisian, Gaelic or Yoruba page that no
 * stopword list covers). A person's name is written capitalised wherever it stands, so a capitalised word of a byline
 * that the story writes in lower case is a word of a label or a phrase, not of a name.
 */

/** A word starting with a lower-case letter (marks and inner apostrophes or hyphens kept), as running text writes it. */
const LOWER_WORD = /(?<![\p{L}\p{M}\p{N}'’\-])\p{Ll}[\p{L}\p{M}]*(?:['’\-][\p{L}\p{M}]+)*/gu;

/** The lower-cased words the texts write in lower case, in NFC (a byline's word is compared in the same form). */
export function lowerCaseWords(texts: readonly string[]): ReadonlySet<string> {
  const words = new Set<string>();
  for (const t of texts) for (const m of t.normalize('NFC').matchAll(LOWER_WORD)) words.add(m[0]);
  return words;
}
