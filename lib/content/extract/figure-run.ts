/**
 * A list of other stories under the story, one a line, each closing on a figure of the same shape: a headline and its
 * date ("Fishing boats return early 11.03.2024.", "Új kerékpárút nyílik 2024. március 9."). A date written with its stops ends the line as a sentence would, so the layout takes the list for the
 * story's last paragraphs. Three signals must agree, none a word of any language: a run of three lines or more to the
 * end of the text, alike in their close (the same figure pattern, digits and letters folded), alike in length (a
 * headline's few words before it), and apart from the story (no line takes up two of the story's content words, as
 * a closing paragraph of its own would). A story's timeline puts its dates first and retells the story's words, so
 * it stays.
 */
import type { Block } from '../segment/segment';
import { isTextProse, stemsUsed } from '../segment/running-text';
import { wordCount } from '../segment/text-shape';
import { storyStems } from './story-words';

/** Alike lines in a run at least. */
const MIN_RUN = 3;
/** A teaser's headline before its figure has this many words at least… */
const MIN_HEAD_WORDS = 3;
/** …and at most this many: a longer line is a paragraph. */
const MAX_HEAD_WORDS = 16;
/** A line taking up this many of the story's content words is the story's own. */
const STORY_WORDS = 2;

/** A token holding a digit; one of punctuation only ("-", "|", "·"); one of letters only (a month between figures). */
const hasDigit = (t: string) => /\p{Nd}/u.test(t);
const isPunct = (t: string) => /^[\p{P}\p{S}]+$/u.test(t);
const isLetters = (t: string) => /^[\p{L}\p{M}]+[.,]?$/u.test(t);

/**
 * A date's shape: three runs of digits ("9.9.9.", "9/9/9") or two with a month's word between or around them ("9. a 9.",
 * "9 a 9"). A score ("9:9.") or a count ("(9)") is no date, and a story's short paragraphs may close on one.
 */
const isDateShaped = (shape: string) => {
  const figures = shape.match(/9/gu)?.length ?? 0;
  return figures >= 3 || (figures === 2 && shape.includes('a'));
};

/** A digit at the line's end, or before a stop or a bracket there: the cheap test made first. */
const CLOSES_ON_FIGURE = /\p{Nd}[\p{P}\s]{0,3}$/u;

/**
 * A line's closing figure and the words before it: the tokens at its end that hold digits, with punctuation between
 * them and at most one word of letters standing between two figures (a month: "2024. március 9."), or null when the
 * line does not end on a date. The figure's shape folds every run of digits to "9" and of letters to "a".
 */
export function figureTail(text: string): { shape: string; head: string } | null {
  if (!CLOSES_ON_FIGURE.test(text)) return null;
  const tokens = text.trim().split(/\s+/u);
  let start = tokens.length;
  let month = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (hasDigit(t) || (isPunct(t) && start < tokens.length)) start = i;
    else if (!month && isLetters(t) && start < tokens.length && i > 0 && hasDigit(tokens[i - 1]!)) month = true;
    else break;
  }
  if (start === tokens.length) return null;
  const shape = tokens.slice(start).join(' ').replace(/\p{Nd}+/gu, '9').replace(/[\p{L}\p{M}]+/gu, 'a');
  return isDateShaped(shape) ? { shape, head: tokens.slice(0, start).join(' ') } : null;
}

/** One line of a list: a block, with the block the segmenter split off the same source line after it (its date). */
type Item = { text: string; from: number };

/** The item that ends at block `k`, joining the block above when the segmenter split both off one source line. */
function itemEndingAt(blocks: Block[], first: number, k: number): Item {
  const [b, above] = [blocks[k]!, blocks[k - 1]!];
  const split = k - 1 > first && above.mark === null && above.lines.length === 1 && b.lines.length === 1 && above.line === b.line;
  return split ? { text: `${above.text} ${b.text}`, from: k - 1 } : { text: b.text, from: k };
}

/**
 * The index where a run of alike lines closing on a figure starts, at the end of the text (`last`), or -1: three or
 * more one-line items, each three to sixteen words before a figure of the same shape, none taking up two of the story's
 * content words, with two prose blocks of the story or more above them and more of its words than the run has.
 */
export function figureRunAt(blocks: Block[], first: number, last: number, stopwords: ReadonlySet<string>): number {
  const items: { from: number; head: string; words: number }[] = [];
  let shape: string | null = null;
  for (let k = last; k > first; ) {
    const item = itemEndingAt(blocks, first, k);
    const b = blocks[item.from]!;
    // The line's shape is tested before its words are counted: most lines close on no date.
    const tail = b.mark === null && b.lines.length === 1 ? figureTail(item.text) : null;
    const words = tail === null ? 0 : wordCount(tail.head);
    if (tail === null || words < MIN_HEAD_WORDS || words > MAX_HEAD_WORDS || (shape !== null && tail.shape !== shape)) break;
    shape = tail.shape;
    items.push({ from: item.from, head: tail.head, words: wordCount(item.text) });
    k = item.from - 1;
  }
  const n = items.length;
  if (n < MIN_RUN) return -1;
  const at = items[n - 1]!.from;
  const story = blocks.slice(first, at).filter(isTextProse);
  const runWords = items.reduce((s, i) => s + i.words, 0);
  if (story.length < 2 || story.reduce((s, b) => s + wordCount(b.text), 0) <= runWords) return -1;
  const used = storyStems(blocks, first, at - 1, stopwords);
  const apart = items.every((i) => stemsUsed(i.head, used, stopwords).length < STORY_WORDS);
  return apart ? at : -1;
}
