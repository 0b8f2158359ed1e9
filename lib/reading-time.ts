/**
 * Reading time for an article body, at a typical adult silent-reading pace for
 * non-fiction (about 230 words a minute).
 */
import { hasUnspacedScript } from '@/lib/content/extract/script/text-script';
import type { BodyBlock } from '@/lib/content/schema';

export const WORDS_PER_MINUTE = 230;

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * Number of words in a text: runs of letters/digits (any script), apostrophes and hyphens kept
 * inside a word; a run in a script written without spaces (Chinese, Japanese, Thai…) counts the
 * words `Intl.Segmenter` finds in it (ICU's dictionaries), not one.
 */
export function countWords(text: string): number {
  let words = 0;
  for (const run of text.match(/[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu) ?? []) {
    if (!hasUnspacedScript(run)) words += 1;
    else for (const { isWordLike } of wordSegmenter.segment(run)) if (isWordLike) words += 1;
  }
  return words;
}

/** Whole minutes to read the blocks, never less than one. */
export function readingMinutes(blocks: readonly Pick<BodyBlock, 'text'>[], wpm: number = WORDS_PER_MINUTE): number {
  const words = blocks.reduce((sum, b) => sum + countWords(b.text), 0);
  return Math.max(1, Math.round(words / wpm));
}

/** "4 min read". */
export function readingTimeLabel(minutes: number): string {
  return `${minutes} min read`;
}
