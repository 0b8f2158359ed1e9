/**
 * Sentences at the end of the text that the page already printed above the story: a newsletter pitch, a site's
 * motto, an app or cookie notice set both in the header and in the footer. The story's own paragraphs stand once on
 * the page; a sentence that stood above the story's first paragraph and comes back under its last is the site's.
 * The repetition within the page decides, not the words of any language.
 */
import type { Block } from '../segment/segment';
import { isTextProse } from '../segment/running-text';
import { wordCount } from '../segment/text-shape';
import { repeatKey } from './headline-repeat';

/** A sentence repeated is four words or more: a shorter line repeats on a page by chance. */
const MIN_WORDS = 4;

/**
 * The index of the first of the text's last prose blocks that each repeat a block printed above the story's text or
 * as its first block (`first`: the layout's first text may be a header's sentence, which the header reader leaves out),
 * read up from `last` over lines that are not text; -1 when the last prose block repeats none. A sentence of the
 * story quoted again between its paragraphs (a pull quote) is no header line, so the story's last paragraph stays.
 */
export function headerEchoAt(blocks: Block[], first: number, last: number): number {
  const header = blocks.slice(0, first + 1).flatMap((h) => [h.text, ...h.lines.map((l) => l.text)]);
  let at = -1;
  for (let k = last; k > first; k--) {
    const b = blocks[k]!;
    if (!isTextProse(b)) continue;
    if (wordCount(b.text) < MIN_WORDS) break;
    if (!printedIn(header, b.text)) break;
    at = k;
  }
  return at;
}

/**
 * Whether one of `lines` is `text` again: the same words once case, marks and punctuation are set aside (repeatKey,
 * as the headline's repeats are read). Only a line of about its length is folded: a copy differs in spacing and
 * punctuation, not by a fifth of its letters, and most header lines are far shorter than a sentence.
 */
function printedIn(lines: readonly string[], text: string): boolean {
  const [n, key] = [text.length, repeatKey(text)];
  return lines.some((l) => Math.abs(l.length - n) <= n / 5 + 4 && repeatKey(l) === key);
}
