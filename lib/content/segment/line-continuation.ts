/**
 * Whether a line runs on into the next one: a sentence left unfinished (continuesSentence), unless the line is a
 * header line set on its own (a dateline ending in a dash, a labelled field of names, a shouted place, a byline with
 * a lower-case label), and the width a hard-wrapped file was cut at. segment.ts joins lines into blocks by these.
 */
import { endsMidSentence, endsSentence, hasCase, startsLowercase, wordCount } from './text-shape';
import type { SourceLine } from '../source/normalise';

/**
 * True when `next` continues the sentence that `prev` leaves unfinished. `wrapAt` is the file's wrap width (wrapWidth),
 * 0 when it is not hard-wrapped: a line cut there runs on whatever the next line looks like.
 */
export function continuesSentence(prev: string, next: string, wrapAt = 0): boolean {
  if (endsSentence(prev)) return false;
  // A place or agency line of a few words ending in a dash ("ROMA –", "ANKARA (AA) -") over a line that starts a
  // sentence is a dateline set on its own line, not a sentence broken in two: the first paragraph starts under it.
  if (isDashDateline(prev) && !startsLowercase(next)) return false;
  // A labelled field of names closed by a comma ("Haber: Mehmet Yılmaz,", "Foto: ANSA,") over a capitalised line is a
  // header line the theme punctuated, not the head of a sentence: a sentence opens with no one-word label and a colon.
  if (isLabelledNames(prev) && !startsLowercase(next)) return false;
  // A place shouted in capitals and closed by a comma ("ANKARA,", "SÃO PAULO,") is the dateline set on its own line.
  if (isShoutedPlace(prev) && !startsLowercase(next)) return false;
  // A byline whose label is a lower-case word ("na Juma Hassan", "le Iain MacLeòid") under a headline that does not
  // break off mid-sentence: a label and a name, nothing after them, is a line of its own, not the rest of the title.
  if (isLowercaseLabelledName(next) && !endsMidSentence(prev) && !(wrapAt > 0 && prev.length >= wrapAt)) return false;
  // A lower-case start says "continued" only after a line in a script with case: under an Arabic or Japanese
  // headline a Latin "play icon" is an icon's label, not the rest of the sentence.
  return (startsLowercase(next) && endsInCasedScript(prev)) || endsMidSentence(prev);
}

/**
 * A dateline set on its own line, ending in a dash: a few words ("ROMA –", "ANKARA (AA) -", "KYIV—"), or up to eight when the
 * shape says dateline twice over: an agency in brackets right before the dash ("RIO DE JANEIRO (Agência Brasil) –"), or
 * a place shouted in capitals before it ("SÃO JOSÉ DOS CAMPOS, SP –"). A sentence broken after a dash has neither.
 */
export function isDashDateline(line: string): boolean {
  const t = line.trim();
  // A hyphen needs the space before it ("ROMA -"): run on to a word ("long-") it breaks a word over two lines. An en or
  // em dash set close ("BRATISLAVA—", "Kyiv–") breaks no word.
  if (!/(?:\s[-–—]|[–—])$/u.test(t)) return false;
  const n = wordCount(t);
  if (n <= 4) return true;
  if (n > 8) return false;
  const head = t.replace(/\s*[-–—]$/u, '');
  if (/\([^()]{2,40}\)$/u.test(head)) return true;
  // The place: the words before the first comma or bracket, every cased letter a capital (at least three of them).
  const place = head.split(/[,(]/u)[0]!;
  const cased = [...place].filter((c) => hasCase(c));
  return cased.length >= 3 && cased.every((c) => c === c.toUpperCase());
}

/** One or two lower-case words, then two or three capitalised words and nothing else (no sentence end, no figure). */
const LOWERCASE_LABELLED_NAME = /^\p{Ll}[\p{L}\p{M}]*(?:\s\p{Ll}[\p{L}\p{M}]*)?\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){1,2}$/u;

/**
 * A byline printed with a lower-case label ("na Juma Hassan", "pa Jean Pierre", "le Iain MacLeòid", "by Jane Doe"): one or
 * two lower-case words, then a name of two or three capitalised words, and nothing else. The label's words are not
 * looked up: the shape says "label and name", and a sentence's rest would go on past a name or end with a mark.
 */
export function isLowercaseLabelledName(line: string): boolean {
  return LOWERCASE_LABELLED_NAME.test(line.trim());
}

/** "Label: Name Name,": one or two words and a colon, then one to four capitalised words (no `i` flag: \p{Lu} stays upper case). */
const LABELLED_NAMES = /^[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+)?\s*:\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}\s*,$/u;

/** A short labelled field of names ending in a comma: "Haber: Mehmet Yılmaz,", "Texto: Ana Souza,". */
export function isLabelledNames(line: string): boolean {
  return LABELLED_NAMES.test(line.trim());
}

/** One to four words, every cased letter a capital (at least three of them), closed by a comma: "ANKARA,", "RIO DE JANEIRO,". */
export function isShoutedPlace(line: string): boolean {
  const t = line.trim();
  if (!/^[\p{L}\p{M}][\p{L}\p{M}\s.'’-]*,$/u.test(t) || wordCount(t) > 4) return false;
  const cased = [...t].filter((c) => hasCase(c));
  return cased.length >= 3 && cased.every((c) => c === c.toUpperCase());
}

const LETTER = /\p{L}/u;

/** Whether the last letter of a line belongs to a script with letter case. */
export function endsInCasedScript(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) if (LETTER.test(text[i]!)) return hasCase(text[i]!);
  return false;
}

/**
 * The width a hard-wrapped file was cut at, or 0 when it was not: lines that stop at the same width
 * without finishing their sentence. The widest line sets the width; a file counts as wrapped when three
 * or more lines that run on into a next line reach three quarters of it and it is no paragraph's length
 * (under 110 characters: scraped paragraphs are whole lines, far longer). A headline or a subheading is
 * shorter than the width, so it never joins what follows on this evidence.
 */
export function wrapWidth(lines: readonly SourceLine[]): number {
  let widest = 0;
  for (const l of lines) if (l.text.length > widest) widest = l.text.length;
  if (widest === 0 || widest >= 110) return 0;
  const at = Math.ceil(widest * 0.75);
  let cut = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const t = lines[i]!.text;
    if (t.length >= at && lines[i + 1]!.text !== '' && !endsSentence(t)) cut++;
  }
  return cut >= 3 ? at : 0;
}
