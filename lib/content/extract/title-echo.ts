/**
 * Where the page's headline comes back under the story: a comment section's heading ("3 comentários em “Title”",
 * "12 thoughts on “Title”"), a share box ("Share: Title"), a sticky bar or a most-read list naming the story itself.
 * A story does not print its own headline again between its paragraphs, so a line that holds it, with a few words
 * around it and no sentence of its own, is the first line of what stands under the story. The repetition within
 * the page decides, not the words of any language.
 */
import type { Block } from '../segment/segment';
import { isTextProse } from '../segment/running-text';
import { endsSentence, isTitleShaped, wordCount } from '../segment/text-shape';
import { repeatKey } from './headline-repeat';

/** A headline echoed is four words or more: a shorter line (a section name, a place) repeats on a page by chance. */
const MIN_TITLE_WORDS = 4;
/** At most this many words stand around the echoed headline: a count and a label ("3 thoughts on", "Comments on"). */
const MAX_EXTRA_WORDS = 5;
/** Header lines read as the headline: the nearest title-shaped ones above the story's first paragraph. */
const HEADLINE_CANDIDATES = 2;

/** A line's words as a repeat of the headline is read (repeatKey): case, marks and punctuation set aside. */
const keyWords = (text: string) => {
  const key = repeatKey(text);
  return key === '' ? [] : key.split(' ');
};

/** The headline's candidates: the last unmarked one-line, title-shaped lines of four words or more above `first`. */
function headlineCandidates(blocks: Block[], first: number): string[][] {
  const out: string[][] = [];
  for (let k = first - 1; k >= 0 && out.length < HEADLINE_CANDIDATES; k--) {
    const b = blocks[k]!;
    if (b.mark === null && b.lines.length === 1 && isTitleShaped(b.text) && wordCount(b.text) >= MIN_TITLE_WORDS) out.push(keyWords(b.text));
  }
  return out;
}

/** Where `title`'s words stand in `line`'s words, in a row, or -1. */
function indexOfRun(line: readonly string[], title: readonly string[]): number {
  for (let i = 0; i + title.length <= line.length; i++) if (title.every((w, j) => line[i + j] === w)) return i;
  return -1;
}

/**
 * Whether block `b` echoes a headline candidate: one line holding its words in a row with at most five more words,
 * and no sentence end when it holds more than them ("“Title words,” he said." quotes it in a sentence of the story).
 * Returns whether the words around it hold a figure ("3 comments on Title"), or null when it echoes none.
 */
function echoOf(b: Block, titles: readonly string[][]): { counted: boolean } | null {
  if (b.lines.length !== 1 || b.mark?.kind === 'byline' || b.mark?.kind === 'dateline') return null;
  // The shape first (word counts are cached): a story's paragraphs are longer than any headline and five words.
  const n = wordCount(b.text);
  if (titles.every((t) => n < t.length || n > t.length + MAX_EXTRA_WORDS)) return null;
  const line = keyWords(b.text);
  for (const title of titles) {
    const at = line.length - title.length <= MAX_EXTRA_WORDS ? indexOfRun(line, title) : -1;
    // The headline's words carry no punctuation (keyWords): a sentence end on the line around them is not the headline's.
    if (at < 0 || (endsSentence(b.text) && line.length > title.length)) continue;
    const around = [...line.slice(0, at), ...line.slice(at + title.length)];
    return { counted: around.some((w) => /\p{Nd}/u.test(w)) };
  }
  return null;
}

/** Prose words in blocks `from`..`to` (inclusive). */
const proseWords = (blocks: Block[], from: number, to: number) =>
  blocks.slice(from, to + 1).filter(isTextProse).reduce((n, b) => n + wordCount(b.text), 0);

/**
 * Whether the text under `k` (to `last`) goes on as a story does: two prose blocks in a row. Comments and teasers
 * stand one at a time between names, stamps, buttons and headlines.
 */
function runsOn(blocks: Block[], k: number, last: number): boolean {
  for (let i = k + 1; i < last; i++) if (isTextProse(blocks[i]!) && isTextProse(blocks[i + 1]!)) return true;
  return false;
}

/**
 * The index of the first line under the story that holds the page's headline again, or -1. Two signals agree: the
 * echo, and what follows it: fewer prose words than the story above, and, unless a figure counts what the line heads
 * ("3 comments on …"), no two prose blocks in a row (a video or box of the same name set into the story is followed
 * by the story's next paragraphs).
 */
export function titleEchoAt(blocks: Block[], first: number, last: number): number {
  const titles = headlineCandidates(blocks, first);
  if (titles.length === 0) return -1;
  for (let k = first + 1; k <= last; k++) {
    const echo = echoOf(blocks[k]!, titles);
    if (echo === null) continue;
    const below = proseWords(blocks, k + 1, last);
    return below < proseWords(blocks, first, k - 1) && (echo.counted || !runsOn(blocks, k, last)) ? k : -1;
  }
  return -1;
}
