/**
 * The label of a date field, in any language and of any length a label has: the words before a colon that stands
 * right before the date ("Ọjọ́ tí a tẹ̀ ẹ́ jáde: 12 Ẹrẹ̀nà 2024", "Data e publikimit të artikullit: 12.03.2024"). A page
 * writes "label: value" in every language; the colon, not a word list, says that the words name the field. A label is
 * short and no sentence: up to MAX_LABEL_WORDS words of letters, no figure and no sentence end before the colon.
 */

/** Words a field label has at most; a longer run before a colon reads as a sentence that announces its date. */
const MAX_LABEL_WORDS = 6;
const FIELD_LABEL = new RegExp(String.raw`^[\p{L}\p{M}'’\-]+(?:\s+[\p{L}\p{M}'’\-]+){0,${MAX_LABEL_WORDS - 1}}\s*[:：]\s*$`, 'u');

/** The text before a date without its field label: "" when it is the label alone, else the text as given. */
export function withoutFieldLabel(before: string): string {
  return FIELD_LABEL.test(before) ? '' : before;
}
