/**
 * Where readers' comments start under the story: a counter heads them ("3 comentarii", "Comments (12)"), and under it
 * either a time of posting or comments one after another, each a reader's name over what they wrote. The counter's
 * shape and the repeated unit under it agree; the words of no language decide. Split from listing-tail.ts.
 */
import type { Block } from '../segment/segment';
import { isTextProse } from '../segment/running-text';
import { endsSentence, wordCount } from '../segment/text-shape';
import { isMarkedStamp } from './listing-tail';

/** A label and a count, nothing else: "Comments (3)", "Yorumlar 12", "Коментарі [0]". */
const COUNTER = /^[\p{L}\p{M}][\p{L}\p{M} ]{1,30}[([]?\p{Nd}{1,5}[)\]]?$/u;
const counterShaped = (b: Block) => b.lines.length === 1 && COUNTER.test(b.text.trim()) && wordCount(b.text) <= 4;

/** An unmarked counter: a label and a count. */
export const isCounter = (b: Block) => b.mark === null && counterShaped(b);

/**
 * A counter the segmenter marked ("12 comments", "Comments 3"), or a label and a count it left unmarked or marked
 * furniture of another kind (a word list may call "Comments (3)" a prompt).
 */
const isAnyCounter = (b: Block) => (b.mark?.kind === 'furniture' && b.mark.reason === 'counter') || ((b.mark === null || b.mark.kind === 'furniture') && counterShaped(b));

/**
 * A reader's name: one to four words and 40 characters at most, or up to eight words and 60 characters with the time
 * of posting beside it ("Peter Grant · 2 hours ago"); no sentence end but an initial's ("Ivana K.").
 */
function namesReader(text: string): boolean {
  const [t, n] = [text.trim(), wordCount(text)];
  const short = (n <= 4 && t.length <= 40) || (n <= 8 && t.length <= 60 && /\p{Nd}/u.test(t));
  return short && (!endsSentence(t) || /\s\p{Lu}\.$/u.test(t));
}

/** A reader's name over a comment: one unmarked line that names a reader. */
const isCommenter = (b: Block | undefined) => b !== undefined && b.mark === null && b.lines.length === 1 && namesReader(b.text) && !isTextProse(b);

/**
 * A counter the segmenter joined with the first reader's name under it, which opens in lower case ("Komentari (3)"
 * over "marko_st"): two lines, a label and a count, then a name.
 */
const isCounterOverName = (b: Block) =>
  b.mark === null && b.lines.length === 2 && COUNTER.test(b.lines[0]!.text.trim()) && wordCount(b.lines[0]!.text) <= 4 && namesReader(b.lines[1]!.text);

/** A comment: one block of running text. */
const isComment = (b: Block | undefined) => b !== undefined && isTextProse(b);

/** How many comments, each a name over one block of text, stand from `k` on, where they stop and their words. */
function readNamedComments(blocks: Block[], k: number): { units: number; stop: number; words: number } {
  let [units, words] = [0, 0];
  while (isCommenter(blocks[k]) && isComment(blocks[k + 1])) [units, words, k] = [units + 1, words + wordCount(blocks[k + 1]!.text), k + 2];
  return { units, stop: k, words };
}

/** The count in brackets a counter closes on ("Comments (3)", "Коментарі [12]"), or null: a subheading's bare figure ("Step 3") is none. */
const bracketedCount = (b: Block) => {
  const m = /[([](\p{Nd}{1,3})[)\]]$/u.exec(b.text.trim());
  return m === null ? null : Number(m[1]);
};

/** A button between comments: a one-line block of one to three words, not text, no sentence end ("Reply"). */
const isReplyButton = (b: Block) => !isTextProse(b) && b.lines.length === 1 && wordCount(b.text) <= 3 && !endsSentence(b.text);

/**
 * Comments counted by their counter: as many prose blocks from `k + 1` to the text's end (`last`) as the count in the
 * counter's brackets says, two or more, with at most reply buttons between them. The comments need carry no name;
 * the count agreeing with the blocks under it is the second signal. Their words, or -1 when the count disagrees.
 */
function countedCommentWords(blocks: Block[], k: number, last: number): number {
  const count = bracketedCount(blocks[k]!);
  if (count === null || count < 2) return -1;
  const below = blocks.slice(k + 1, last + 1);
  const comments = below.filter(isTextProse);
  if (comments.length !== count || !below.every((b) => isTextProse(b) || isReplyButton(b))) return -1;
  return comments.reduce((n, b) => n + wordCount(b.text), 0);
}

/** The comments read under a first one whose name was joined to the counter: one more, with its words. */
const withFirst = (r: { units: number; stop: number; words: number }, words: number) => ({ ...r, units: r.units + 1, words: r.words + words });

/**
 * Where a readers' comment thread opens under its counter, or -1: a counter after the story's first paragraph,
 * followed within three blocks by a marked time (the first comment's "2 hours ago" or date), or, straight under it
 * or under one short line (a sort menu), two comments or more that each put a name over one block of text, to the
 * end of the text (`last`), with fewer words than the story above, or exactly as many blocks of text to the end as
 * the counter's brackets count ("Comments (3)" over three), fewer words again. The thread's comments need not be
 * one-line units, so the counter and the time decide in the first case.
 */
export function commentThreadAt(blocks: Block[], first: number, last: number): number {
  for (let k = first + 1; k <= last; k++) {
    const b = blocks[k]!;
    if (b.mark?.kind === 'furniture' && b.mark.reason === 'counter' && blocks.slice(k + 1, k + 4).some(isMarkedStamp)) return k;
    const counted = isAnyCounter(b) ? countedCommentWords(blocks, k, last) : -1;
    if (counted >= 0 && blocks.slice(first, k).filter(isTextProse).reduce((n, x) => n + wordCount(x.text), 0) > counted) return k;
    const read = isAnyCounter(b)
      ? [k + 1, k + 2].map((at) => readNamedComments(blocks, at)).find((r) => r.units >= 2)
      : isCounterOverName(b) && isComment(blocks[k + 1])
        ? withFirst(readNamedComments(blocks, k + 2), wordCount(blocks[k + 1]!.text))
        : undefined;
    if (read === undefined || read.units < 2 || read.stop <= last) continue;
    const above = blocks.slice(first, k).filter(isTextProse).reduce((n, x) => n + wordCount(x.text), 0);
    if (above > read.words) return k;
  }
  return -1;
}
