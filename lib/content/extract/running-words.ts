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

/** A mail address, a handle or a link: its pieces are written in lower case ("anna.berg@…", "/local/"), and are no words. */
const ADDRESS = /\S*[@/\\]\S*/gu;

/**
 * The lower-cased words the page's other lines write in lower case, addresses and links aside, read on first use: a
 * caption, a related headline or a footer line prints a label word too ("le", "pa", "troch" before a photographer's or
 * a teaser's writer). Only evidence for a word at the head of a byline (name-shape.ts): a first name is capitalised
 * wherever it stands. `lines` gives the lines when asked.
 */
export function printedLowerCaseWords(lines: () => readonly string[]): () => ReadonlySet<string> {
  let words: ReadonlySet<string> | null = null;
  return () => (words ??= lowerCaseWords(lines().map((l) => l.replace(ADDRESS, ' '))));
}
