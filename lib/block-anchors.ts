/**
 * Stable fragment ids for body blocks: the n-th paragraph is `p-n`, the n-th section
 * heading `s-n` (both 1-based). Counting paragraphs and headings separately keeps
 * `#p-3` pointing at the same paragraph whatever happens to the headings around it.
 */
import type { BodyBlock } from '@/lib/content/schema';

/** The fragment id of every block, in body order. */
export function blockAnchors(body: readonly Pick<BodyBlock, 'kind'>[]): string[] {
  let paragraphs = 0;
  let headings = 0;
  return body.map((block) => (block.kind === 'heading' ? `s-${++headings}` : `p-${++paragraphs}`));
}

/** The fragment id of block `index`, or undefined when there is no such block (e.g. -1, the title). */
export function blockAnchor(body: readonly Pick<BodyBlock, 'kind'>[], index: number): string | undefined {
  if (index < 0 || index >= body.length) return undefined;
  return blockAnchors(body)[index];
}
