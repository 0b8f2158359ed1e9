/**
 * Accent folding shared by every stage that compares words across spellings
 * ("Škoda" = "skoda", "Łódź" keeps its ł: only combining marks go).
 */

/** The text without combining marks (NFD, marks dropped; not recomposed). */
export const stripMarks = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');

/** The text without combining marks, in lower case: the key for "same word, any accents, any case". */
export const foldedLower = (text: string): string => stripMarks(text).toLocaleLowerCase();
