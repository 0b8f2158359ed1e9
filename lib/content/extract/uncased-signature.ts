/**
 * A writer's name in a script without case (Arabic, Devanagari, Ethiopic…) alone on the line straight under the story's
 * last paragraph ("…قبل نهاية العام." over "سامي الخطيب"). No capital says "name" there, and two such words alone are as
 * often a button ("શેર કરો": "share") or a desk's label, so three signals must agree with the position: the shape (two
 * or three words of a spaced script without case, no figure, no punctuation), the page (no word of the line is printed
 * on any other line: a button's, a menu's or a tag's words, a verb or the outlet's name are printed again, a writer's
 * name is not), and what follows (a date, a related-stories heading, or a labelled field: "الوسوم: …", "टैग: …"; a
 * button under it is as often the next button of a toolbar).
 */
import type { Block } from '../segment/segment';
import type { Byline } from '../segment/byline';
import { matchUncasedNameBesideDate } from '../segment/uncased-name';
import { endsSentence } from '../segment/text-shape';
import { foldedLower } from '../fold-text';

const wordsOf = (text: string) => foldedLower(text).split(/[^\p{L}\p{M}\u200c]+/u).filter((w) => w !== '');

/** A block that closes a signature: a date, a related-stories heading, or a field's label and its value ("Tags: …"). */
function closesSignature(below: Block | undefined): boolean {
  if (below === undefined) return false;
  const kind = below.mark?.kind;
  if (kind === 'dateline' || kind === 'stamp' || kind === 'related-marker') return true;
  return below.lines.length === 1 && /^[^:：]{1,30}[:：]\s*\S/u.test(below.text.trim());
}

/**
 * The uncased name signed as the footer's first block (see the module comment): `story` is the headline and the
 * paragraphs, `lines` every line of the page (the name's own once). Null for any other footer.
 */
export function uncasedSignature(footer: readonly Block[], story: readonly string[], lines: readonly string[]): Byline | null {
  const b = footer[0];
  if (b === undefined || b.mark !== null || b.lines.length !== 1 || story.length < 2 || !endsSentence(story.at(-1) ?? '')) return null;
  const text = b.text.trim();
  if (/[\p{N}\p{P}\p{S}]/u.test(text)) return null;
  const byline = matchUncasedNameBesideDate(text);
  if (byline === null || !closesSignature(footer[1])) return null;
  const own = new Set(wordsOf(text));
  // Every other line of the page, the story's included: none prints a word of the name.
  const others = lines.filter((l) => l.trim() !== text);
  return others.some((l) => wordsOf(l).some((w) => own.has(w))) ? null : byline;
}
