/**
 * Links to other stories by shape: a heading over a block of them ("Similar articles", "Read also", "Most read"),
 * and a single "Read also: <headline>" line inside the text, labelled or shouted in capitals, behind any bullet, arrow
 * or pictograph a site sets before its label ("► Read also:", "📌 Baca juga:", "• Related:").
 */
import { phraseAlternation } from './furniture-words';
import { READ_ALSO_LABELS } from './link-words';
import { hasCase, isTitleShaped, wordCount } from './text-shape';

const READ_ALSO = phraseAlternation(READ_ALSO_LABELS);

/**
 * Bullets, arrows, pointers and pictographs (symbols, maths signs, dashes, closing guillemets, with an emoji's variation
 * selector) at a line's start: marks a site sets before a link's label, not words. No letter, digit, quote or bracket.
 */
const LEADING_MARKS = /^(?:[\p{So}\p{Sm}\p{Pd}•·∙◦‣⁃*#»›>]\uFE0F?\s*)+/u;

/** A line set wholly in one pair of round, square or lenticular brackets: "(Read also: …)", "[Baca juga: …]". */
const BRACKETED = /^[(\[（【]([^()\[\]（）【】]+)[)\]）】]$/u;

/**
 * A line without the bullets, arrows and pictographs at its start ("► Read also: …" → "Read also: …") and without the
 * one pair of brackets it may be set in wholly ("(Read also: …)" → "Read also: …"), trimmed.
 */
export function withoutLeadingMarks(line: string): string {
  const t = line.trim().replace(LEADING_MARKS, '');
  return BRACKETED.exec(t)?.[1]!.trim() ?? t;
}

/** Pointers among those marks ("►", "▶", "→", "»", "›", "👉"): a link's own sign, as at a headline's end (linked-headline.ts). */
const LEADING_POINTER = /^[▶►▸➤➜➔➝➞→⇒⟶»›>👉]/u;

/** Whether a line opens with a link's pointer ("► Czytaj też: …", "» Lue myös: …"), not a plain bullet. */
export function opensWithPointer(line: string): boolean {
  return LEADING_POINTER.test(line.trim());
}
/** A "Read also" label alone on its line: made once, not for every short line read. */
const READ_ALSO_LINE = new RegExp(`^(?:${READ_ALSO})$`, 'iu');

/** A heading that introduces a block of links to other stories: "Similar articles", "Read also", "Related". */
export function isRelatedMarker(line: string): boolean {
  const t = withoutLeadingMarks(line).replace(/\s*:$/, '');
  if (wordCount(t) > 5) return false;
  if (READ_ALSO_LINE.test(t)) return true;
  return /^(similar|related|recommended|more on (this|the) (topic|subject|story)|read also|see also|also read|you may also like|other news on (the|this) topic|по теме|читайте также)(\s+(articles|stories|news|posts|content|reading|materials|for you))?$/iu.test(t);
}

/** A single "Read also: <headline>" line: a link to another story inside the text. */
// The label then a separator, or straight on with another story's capitalised headline ("À lire aussi Ukraine : …").
// The label is matched without regard to case; what follows is tested without the `i` flag, under which \p{Lu} matches lower case too.
const INLINE_LABEL = new RegExp(`^(?:${READ_ALSO})`, 'iu');

/** A single "Read also: <headline>" line in any language ("Lire aussi :", "Czytaj też:", "Читайте також:"). */
export function isInlineRelatedLink(line: string): boolean {
  const t = withoutLeadingMarks(line);
  const label = INLINE_LABEL.exec(t);
  if (!label) return false;
  const rest = t.slice(label[0].length);
  return /^\s*[:：—–|-]\s*\S/u.test(rest) || /^\s+["“«„]?\p{Lu}/u.test(rest);
}

/**
 * A "Read also" link by two agreeing signals: the label, then a separator (colon, dash, bar) and a
 * headline (no full stop at its end), or the label straight on with a capitalised headline. A sentence
 * never opens "Read also:", so this goes even when the headline reads like a sentence, and even inside the story.
 */
export function isTitledRelatedLink(line: string): boolean {
  const t = withoutLeadingMarks(line);
  const label = INLINE_LABEL.exec(t);
  if (!label) return false;
  const after = t.slice(label[0].length);
  // Straight on with a capitalised headline ("À lire aussi Ukraine : Kiev renforce…"): the headline's shape is the second signal.
  if (/^\s+["“«„]?\p{Lu}/u.test(after)) return isTitleShaped(after);
  if (!/^\s*[:：—–|-]\s*\S/u.test(after)) return false;
  const rest = after.replace(/^\s*[:：—–|-]\s*/u, '');
  return isTitleShaped(rest) || /[?？!！]["”»]?$/u.test(rest);
}

/**
 * A link to another story shouted in capitals behind a short label: "İLGİLİ HABER: DENİZALTI PROJESİNDE YENİ AŞAMA",
 * "CITEȘTE ȘI: …", in any cased script and without a word table. Three signals agree: every cased letter is a
 * capital (a story's subheading has lower case, or no label), a label of one to three words before a colon, and
 * a headline after it (title-shaped, no sentence end).
 */
export function isShoutedRelatedLink(line: string): boolean {
  const t = withoutLeadingMarks(line);
  const m = /^([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2})\s*:\s*(\S.*)$/u.exec(t);
  if (!m || wordCount(m[2]!) < 2 || !isTitleShaped(m[2]!)) return false;
  const cased = [...t].filter((c) => hasCase(c));
  return cased.length >= 8 && cased.every((c) => c === c.toUpperCase());
}

