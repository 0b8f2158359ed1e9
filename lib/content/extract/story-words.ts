/**
 * The story's words, as the readers of its end weigh a last sentence against them: the content stems (running-text.ts)
 * of the story's blocks and of its headline's candidates above them. A sentence under the story that uses none of them
 * speaks of something else than the story does (the page, its text, its writer). Split from set-apart-note.ts.
 */
import type { Block } from '../segment/segment';
import { foldedLower } from '../fold-text';
import { contentStems, contentWords } from '../segment/running-text';
import { isTitleShaped } from '../segment/text-shape';

/** Header lines read as the headline: the nearest title-shaped ones above the story's first paragraph. */
const HEADLINE_CANDIDATES = 2;

/** The headline's candidates: the nearest unmarked one-line title-shaped lines above the story's first block. */
function headlineTexts(blocks: readonly Block[], first: number): string[] {
  const out: string[] = [];
  for (let k = first - 1; k >= 0 && out.length < HEADLINE_CANDIDATES; k--) {
    const b = blocks[k]!;
    if (b.mark === null && b.lines.length === 1 && isTitleShaped(b.text)) out.push(b.text);
  }
  return out;
}

/**
 * The content stems the story uses: those of its blocks from `first` to `end` (both included) and of its headline's
 * candidates, the nearest title-shaped lines above `first`.
 */
export function storyStems(blocks: readonly Block[], first: number, end: number, stopwords: ReadonlySet<string>): Set<string> {
  const texts = [...blocks.slice(first, end + 1).map((b) => b.text), ...headlineTexts(blocks, first)];
  return new Set(texts.flatMap((t) => [...contentStems(t, stopwords)]));
}

/**
 * A text's content words (running-text.ts contentWords: four letters or more, no stopword), folded (fold-text.ts), for
 * readers that match the story's words whole and loosely (link-apart.ts) rather than by their stems.
 */
export function foldedContentWords(text: string, stopwords: ReadonlySet<string>): string[] {
  return contentWords(text, stopwords).map(foldedLower);
}
