/**
 * A byline the scraper broke over two lines: the label on a line of its own and the name on the next ("By" over "Jane
 * Doe", "بقلم" over "أحمد محمود", "Awdur:" over "Siôn Jones"), or the name over its job title alone ("أحمد محمود" over
 * "مراسل", "Jane Doe" over "Senior correspondent"). A page's markup often sets the label, the name and the role in
 * elements of their own, and a text scrape prints each on its line. The neighbouring line is the second signal a name
 * alone lacks, and in a script without case the only one: no capital says "name" there. The shape must hold too (a name
 * of two to four words, or two or three uncased words), the line must stand under the headline (a longer title-shaped
 * line), and the page must agree (the surname printed on no other line: a story's subject, a tag or a related
 * headline's person is named again). Never a picture's or a sponsor's credit.
 */
import type { Block } from '../segment/segment';
import { type Byline, matchByline } from '../segment/byline';
import { isBylineLabel } from '../segment/byline-labels';
import { isCreditLead, isPhotoCredit } from '../segment/credit-rules';
import { matchNameWithTail } from '../segment/name-tail';
import { isTitleShaped, wordCount } from '../segment/text-shape';
import { type PageWords, pageDisowns } from './header-names';
import { isCased } from './name-shape';
import { uncasedNameWithTail } from './placed-byline';
import { isDateMark } from './story-draft';

/** A field label of one word in any language: two to fourteen letters, then a colon ("Awdur:", "Mwandishi:", "لەخەر:"). */
const FIELD_LABEL = /^[\p{L}\p{M}]{2,14}\s*[:：]$/u;

/**
 * How a line alone reads as a byline's label: `known` for a label or a job title bylines print (byline-labels.ts: "By",
 * "Autor:", "بقلم"), `field` for a one-word field label no table lists ("Awdur:"), null for anything else (a picture's
 * credit label is none).
 */
export function labelLineKind(text: string): 'known' | 'field' | null {
  const t = text.trim();
  if (t === '' || wordCount(t) > 3 || isPhotoCredit(t)) return null;
  if (isBylineLabel(t)) return 'known';
  return FIELD_LABEL.test(t) ? 'field' : null;
}

/** A name, cased or not, alone on its line or with a short tail of a role or a place (name-tail.ts, placed-byline.ts). */
function nameOfLine(text: string): Byline | null {
  const t = text.trim();
  if (/\p{N}/u.test(t) || isCreditLead(t) || isPhotoCredit(t)) return null;
  return matchNameWithTail(t) ?? uncasedNameWithTail(t);
}

/** A job title alone on a line ("مراسل", "Senior correspondent", "Staff Writer"): a role bylines print, no label word. */
function isRoleLine(block: Block | undefined): boolean {
  if (block === undefined || block.mark !== null || block.lines.length !== 1) return false;
  const t = block.text.trim();
  if (wordCount(t) > 4 || /\p{N}/u.test(t)) return false;
  // A role may be qualified ("Senior correspondent", "مراسل الجزيرة"): a word of it names the job, five letters at least
  // where the script has case (a short label, "by", "di", "door", is a preposition too).
  return isBylineLabel(t) || t.split(/\s+/u).some((w) => (w.length >= 5 || !isCased(w)) && isBylineLabel(w));
}

/** A one-line block a label may be: unmarked, or read as a category's label by its colon ("بقلم:", "Awdur:"). */
const mayBeLabel = (b: Block | undefined): b is Block =>
  b !== undefined && b.lines.length === 1 && (b.mark === null || (b.mark.kind === 'furniture' && b.mark.reason === 'category-label'));

/** The one-line label block above `i`, and how it reads (labelLineKind); null when there is none. */
function labelAbove(header: readonly Block[], i: number): 'known' | 'field' | null {
  const above = header[i - 1];
  return mayBeLabel(above) ? labelLineKind(above.text) : null;
}

/** A picture's credit label alone on the line above ("Photo:", "Foto", "Фото:"): the name under it took the picture. */
function creditLabelAbove(header: readonly Block[], i: number): boolean {
  const above = header[i - 1];
  return above !== undefined && above.lines.length === 1 && wordCount(above.text) <= 2 && isPhotoCredit(above.text);
}

/**
 * The byline on header block `i` when a neighbouring line says "byline" (see the module comment): the block is a name
 * under a label line, a label line and a name joined into one block ("By" + "Jane Doe"), or a name over a job title
 * alone. A field label no table lists needs the story's date beside the label or the name too. 'photo-credit' for a
 * name under a picture's credit label, which is never the writer's, wherever it stands; null otherwise.
 */
export function nameBesideLabelLine(header: readonly Block[], i: number, page: PageWords): Byline | 'photo-credit' | null {
  const block = header[i]!;
  if (block.mark !== null || block.lines.length > 2) return null;
  if (block.lines.length === 1 && creditLabelAbove(header, i) && nameOfLine(block.text) !== null) return 'photo-credit';
  let byline: Byline | null = null;
  let label: 'known' | 'field' | null = null;
  let nameLine = block.text;
  if (block.lines.length === 2) {
    // "By" over "Jane Doe", joined as a sentence's broken line would be: the label's line, then the name's.
    label = labelLineKind(block.lines[0]!.text);
    nameLine = block.lines[1]!.text;
    byline = label === null ? null : nameOfLine(nameLine);
  } else {
    // The neighbours first (a few set lookups), the name's patterns only for a line that has one.
    label = labelAbove(header, i);
    byline = label !== null || isRoleLine(header[i + 1]) ? nameOfLine(nameLine) : null;
  }
  if (byline === null) return null;
  const dated = isDateMark(header[i - 1]) || isDateMark(header[i + 1]) || (block.lines.length === 1 && label !== null && isDateMark(header[i - 2]));
  if (label === 'field' && !dated) return null;
  const words = wordCount(block.text);
  const underHeadline = header.slice(0, label !== null && block.lines.length === 1 ? i - 1 : i).some((b) => b.mark === null && isTitleShaped(b.text) && wordCount(b.text) >= Math.max(4, words + 1));
  // A labelled byline the line pattern reads whole ("By Jane Doe") keeps what that pattern keeps (its outlet, its cut).
  const whole = block.lines.length === 2 ? matchByline(block.text) : null;
  return underHeadline && !pageDisowns(nameLine.trim(), byline.author, page) ? (whole ?? byline) : null;
}

/**
 * The same broken byline signed straight under the story's last paragraph (`footer` starts there): a label line bylines
 * print over a name ("Autor:" over "Jan Novák", "بقلم" over "أحمد محمود"), the two joined into the footer's first block
 * ("By" + "Jane Doe"), or the name over a job title alone ("أحمد محمود" over "مراسل"). Only a label a table knows: under
 * a story a field label of one word is as often a source's or a tag list's ("Fonte:", "Tags:"). The index of the block
 * that holds the name and the byline it reads; null otherwise. Whether the page agrees is the caller's (bare-signature.ts).
 */
export function labelledSignature(footer: readonly Block[]): { at: number; byline: Byline } | null {
  const first = footer[0];
  const next = footer[1];
  if (first === undefined) return null;
  if (first.mark === null && first.lines.length === 2) {
    const byline = labelLineKind(first.lines[0]!.text) === 'known' ? nameOfLine(first.lines[1]!.text) : null;
    return byline && { at: 0, byline: matchByline(first.text) ?? byline };
  }
  if (first.lines.length !== 1) return null;
  if (mayBeLabel(first) && labelLineKind(first.text) === 'known' && next?.mark === null && next.lines.length === 1) {
    const byline = nameOfLine(next.text);
    return byline && { at: 1, byline };
  }
  const byline = first.mark === null && isRoleLine(next) ? nameOfLine(first.text) : null;
  return byline && { at: 0, byline };
}
