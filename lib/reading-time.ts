/**
 * Reading time for an article body, at a typical adult silent-reading pace for
 * non-fiction (about 230 words a minute).
 */
import type { BodyBlock } from '@/lib/content/schema';

export const WORDS_PER_MINUTE = 230;

/** Number of words in a text: runs of letters/digits (any script), apostrophes and hyphens kept inside a word. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
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
