/**
 * Running text: the one place that says which blocks are the story's running text, and where the densest run of
 * it lies. Two measures, one module: `isTextProse` reads a block's shape alone (any language, no word list: long,
 * or a sentence of six words or more), which is how the layout finds where the text starts and ends; `runningLength`
 * weighs a block by the page language's evidence (a sentence-like line, or longer than any label), which is how the
 * densest run is measured and a related-stories heading is placed against it (related-position.ts), and how a listing
 * under the story is told from the story (listing-tail.ts).
 */
import { isBriefStatement, isPlainStatement, lineEvidence, readsAsSentence, RUNNING_TEXT_STOP_SHARE } from './line-evidence';
import type { Block } from './segment';
import { isProse, words } from './text-shape';

/** An unmarked block of running text by its shape alone, or a short shad-closed line its place says is (script-stop-text.ts). */
export const isTextProse = (b: Block) => b.mark === null && (b.scriptStopText === true || isProse(b.text));

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

/**
 * A short finished sentence: four words or more, a sentence terminal of any script, a stopword share
 * like running text and mostly letters, or a brief statement of two or three words, or a plain statement of four to
 * eight whose capitalised words the story (`named`) has written (line-evidence.ts). Right after the story's text it is
 * the last paragraph ("The company denies any wrongdoing.", "Soruşturma sürüyor."), not footer: footers are labels,
 * menus and links.
 */
export function isShortSentence(b: Block, stopwords: ReadonlySet<string>, named: (word: string) => boolean): boolean {
  if (b.mark !== null) return false;
  const e = lineEvidence(b.text, stopwords);
  if (e.terminal && e.wordCount >= 4 && e.stopShare >= RUNNING_TEXT_STOP_SHARE && e.figureShare < 0.3 && (e.capitalised || !e.cased)) return true;
  return b.lines.length === 1 && (isBriefStatement(b.text) || isPlainStatement(b.text, named));
}

/** Whether a word is written in the story's text `blocks`, as a whole word. */
export function namedIn(blocks: Block[]): (word: string) => boolean {
  let written: Set<string> | null = null;
  return (word) => (written ??= new Set(blocks.flatMap((b) => words(b.text)))).has(word);
}

/** A text's content words, in lower case: four letters or more and no stopword. */
export function contentWords(text: string, stopwords: ReadonlySet<string>): string[] {
  return words(text).flatMap((w) => {
    const lower = w.toLowerCase();
    return w.length >= 4 && !stopwords.has(lower) ? [lower] : [];
  });
}

/** The letters of a word's stem: two forms of a word match by their first five ("harbour", "harbours"). */
export const STEM_LENGTH = 5;

/** A word's stem: its first five letters (UTF-16 units), what set lookups match inflected forms by (extract/same-word.ts compares whole words). */
export const wordStem = (w: string) => w.slice(0, STEM_LENGTH);

/** The stems (wordStem) of a text's content words (contentWords). */
export function contentStems(text: string, stopwords: ReadonlySet<string>): Set<string> {
  return new Set(contentWords(text, stopwords).map(wordStem));
}

/** The stems of `text`'s content words (contentStems) that are among `stems`: what a line takes up of a story's words. */
export function stemsUsed(text: string, stems: ReadonlySet<string>, stopwords: ReadonlySet<string>): string[] {
  return [...contentStems(text, stopwords)].filter((w) => stems.has(w));
}

/** Whether the paragraph `next` says `b` again: two of b's content words, and a third of them, come back there. */
export function saysAgain(b: Block, next: Block, stopwords: ReadonlySet<string>): boolean {
  const own = contentStems(b.text, stopwords);
  const again = contentStems(next.text, stopwords);
  const shared = [...own].filter((w) => again.has(w)).length;
  return shared >= 2 && shared * 3 >= own.size;
}
