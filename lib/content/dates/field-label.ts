/**
 * The label of a date field, in any language and of any length a label has: the words before a colon that stands
 * right before the date ("Ọjọ́ tí a tẹ̀ ẹ́ jáde: 12 Ẹrẹ̀nà 2024", "Data e publikimit të artikullit: 12.03.2024"). A page
 * writes "label: value" in every language; the colon, not a word list, says that the words name the field. A label is
 * short and no sentence: up to MAX_LABEL_WORDS words of letters, no figure and no sentence end before the colon.
 *
 * Many pages write the label without a colon ("Mis à jour le 07/12/2026 à 09h10", "Cập nhật lúc 18:24 ngày 06/12/2026",
 * "Chủ nhật, 6/12/2026, 18:24"). A few words before a date, one of them in lower case, with no figure and no sentence
 * end, are a label by shape too when the line also gives the time of day: a page stamps its own time, a sentence that
 * mentions a date ("The mayor said on 12 March 2024") rarely does. A name or a section beside a date is capitalised,
 * so such a run is read as it always was (a byline, a section).
 */

/** Words a field label has at most; a longer run before a colon reads as a sentence that announces its date. */
const MAX_LABEL_WORDS = 6;
const FIELD_LABEL = new RegExp(String.raw`^[\p{L}\p{M}'’\-]+(?:\s+[\p{L}\p{M}'’\-]+){0,${MAX_LABEL_WORDS - 1}}\s*[:：]\s*$`, 'u');

/** Words a label without a colon has at most: "Mis à jour le", "Ultimo aggiornamento il", "Cập nhật lúc ngày". */
const MAX_BARE_LABEL_WORDS = 4;
const BARE_LABEL = new RegExp(String.raw`^[\p{L}\p{M}'’\-]+(?:\s+[\p{L}\p{M}'’\-]+){0,${MAX_BARE_LABEL_WORDS - 1}}\s*[,]?$`, 'u');
/** A word of four letters or more starting in lower case in a script with case: no name or section label is written so. */
const LOWER_WORD = /(?:^|\s)\p{Ll}[\p{L}\p{M}'’\-]{3,}/u;
/** A capitalised word after the first: a name ("Jana Nováková aktualizováno 06.12.2026 18:24") is no label. */
const LATER_CAPITAL = /\s\p{Lu}/u;

/** A time of day ("18:24", "18.24", "09h10"), not a piece of a numeric date ("6.12.2026", "12.03.24"). */
const TIME_OF_DAY = /(?<![\d.:/-])(?:[01]?\d|2[0-3])[:.h][0-5]\d(?![\d.:/-])/u;

/**
 * True for the words before a date that are a label without a colon: one to MAX_BARE_LABEL_WORDS words of letters
 * (a comma may close them), no figure, no sentence end, a word of four letters or more in lower case among them, on
 * a `line` that gives a time of day, and no capitalised word after the first (that is a name beside the date).
 */
export function isColonlessFieldLabel(before: string, line: string): boolean {
  const t = before.trim();
  return BARE_LABEL.test(t) && LOWER_WORD.test(t) && !LATER_CAPITAL.test(t) && TIME_OF_DAY.test(line);
}

/**
 * The text before a date without its field label: "" when it is the label alone (with a colon, or a bare label on a
 * `line` that gives a time of day), else the text as given.
 */
export function withoutFieldLabel(before: string, line = ''): string {
  return FIELD_LABEL.test(before) || isColonlessFieldLabel(before, line) ? '' : before;
}
