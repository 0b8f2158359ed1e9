/**
 * Names in a script with spaces but no letter case (Arabic, Persian, Hebrew, Devanagari, Bengali, Ethiopic, Tamil…):
 * no capital says where a name starts or that a word is a name, so the line's place and its field label do. Two or
 * three words, as a name is written; scripts that do not space their words (Han, kana, Thai…) are left out, since a
 * space there does not part the words of a name from the words around it.
 */
import type { Byline } from './byline';
import { hasUnspacedScript } from '../extract/script/text-script';
import { isPhotoCredit } from './credit-rules';

// A word of a script without letter case: letters and marks (and the zero-width non-joiner Persian writes inside words), no capital to read.
const UNCASED_WORD = String.raw`(?:(?![\p{Lu}\p{Ll}])[\p{L}])[\p{L}\p{M}\u200c'’\-]*`;
const UNCASED_NAMES = String.raw`${UNCASED_WORD}(?:\s+${UNCASED_WORD}){1,2}`;
const UNCASED_NAME = new RegExp(`^${UNCASED_NAMES}$`, 'u');
/** "نویسنده: علی رضایی", "संवाददाता: राम कुमार": one word of two to fourteen letters, a colon, then the name. */
const LABELLED_UNCASED_NAME = new RegExp(`^[\\p{L}\\p{M}\\u200c]{2,14}\\s*[:：]\\s*(${UNCASED_NAMES})$`, 'u');

const trimmed = (text: string) => text.trim().replace(/^[,|/–—\-·•]+|[,|/–—\-·•]+$/gu, '').trim();

/**
 * A name of two or three words in a script without case ("דנה כהן"), as left of a dateline once its date is cut out
 * ("דנה כהן | 12.03.2024") or on a line of its own straight beside the story's date. Only beside a date: elsewhere two
 * such words could be a subheading, and no capital tells.
 */
export function matchUncasedNameBesideDate(text: string): Byline | null {
  const t = trimmed(text);
  return UNCASED_NAME.test(t) && !hasUnspacedScript(t) ? { author: t, outlet: null } : null;
}

/**
 * A field label and a colon, then a name of two or three words in a script without case ("نویسنده: علی رضایی",
 * "ዘጋቢ: አበበ ከበደ"): the colon makes the word a field's label, as COLON_LABELLED reads it in cased scripts, where the
 * capitals add the evidence that the value is a name. Here nothing in the line does, so callers read it only where the
 * story's byline stands (around the headline and the date); a photographer's or a source's credit is never one.
 */
export function matchUncasedLabelledName(text: string): Byline | null {
  const t = trimmed(text);
  const m = LABELLED_UNCASED_NAME.exec(t);
  return m && !hasUnspacedScript(t) && !isPhotoCredit(t) ? { author: m[1]!, outlet: null } : null;
}
