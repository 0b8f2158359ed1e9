/**
 * Running text: the one place that says which blocks are the story's running text, and where the densest run of
 * it lies. Two measures, one module: `isTextProse` reads a block's shape alone (any language, no word list: long,
 * or a sentence of six words or more), which is how the layout finds where the text starts and ends; `runningLength`
 * weighs a block by the page language's evidence (a sentence-like line, or longer than any label), which is how the
 * densest run is measured and a related-stories heading is placed against it (related-position.ts), and how a listing
 * under the story is told from the story (listing-tail.ts).
 */
import { readsAsSentence } from './line-evidence';
import type { Block } from './segment';
import { isProse } from './text-shape';

/** An unmarked block of running text by its shape alone. */
export const isTextProse = (b: Block) => b.mark === null && isProse(b.text);

/** Running text: an unmarked block that reads as a sentence of the page's language, or is longer than any label. */
export function runningLength(b: Block, stopwords: ReadonlySet<string>): number {
  if (b.mark !== null) return 0;
  return b.text.length > 160 || readsAsSentence(b.text, stopwords) ? b.text.length : 0;
}

/**
 * The longest run of running text in `blocks`, in characters: consecutive running blocks, where one short line
 * between two of them (a subheading, a caption) does not break the run. Related teasers alternate a headline and
 * a summary, so their runs stay one block long. `end` is the index after the run's last block (-1 when there is none).
 */
export function longestRun(blocks: readonly Block[], stopwords: ReadonlySet<string>): { chars: number; blocks: number; end: number } {
  let best = { chars: 0, blocks: 0, end: -1 };
  let run = { chars: 0, blocks: 0 };
  let gap = 0;
  blocks.forEach((b, i) => {
    const n = runningLength(b, stopwords);
    if (n > 0) {
      run = { chars: run.chars + n, blocks: run.blocks + 1 };
      gap = 0;
      if (run.chars > best.chars) best = { ...run, end: i + 1 };
    } else if (++gap > 1 || run.blocks === 0) {
      run = { chars: 0, blocks: 0 };
    }
  });
  return best;
}
