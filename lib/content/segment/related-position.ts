/**
 * A related-stories heading ("Read also", "Most read", "Similar articles") is a word signal; where it stands is the
 * second one. Under a heading that really opens a related block come headlines, teasers and links, never the bulk of
 * the story: when the running text below the heading outweighs the running text above it (a story whose subheading
 * happens to read "Most popular", a box set into the story's top) and a paragraph follows it straight away, the
 * heading stays a single weak signal and cuts nothing (extract-story.ts keeps a weak line between two paragraphs of the story).
 */
import type { Block } from './segment';
import { longestRun, runningLength } from './running-text';

/**
 * The related markers of `blocks` confirmed by their position: a marker with a running paragraph straight under it
 * (as under a subheading) whose blocks below (up to the next marker) hold a run of two or more running paragraphs
 * longer than all the running text above it is turned into a weak furniture mark. A whole related story under its
 * marker opens with its own headline, so its marker stays. Returns a copy of `blocks` (or `blocks` when it has no marker).
 */
export function confirmRelatedMarkers(blocks: Block[], stopwords: ReadonlySet<string>): Block[] {
  const at = blocks.flatMap((b, i) => (b.mark?.kind === 'related-marker' ? [i] : []));
  if (at.length === 0) return blocks;
  let above = 0;
  let from = 0;
  const out = blocks.slice();
  at.forEach((i, k) => {
    for (; from < i; from++) above += runningLength(blocks[from]!, stopwords);
    const below = longestRun(blocks.slice(i + 1, at[k + 1] ?? blocks.length), stopwords);
    const next = blocks[i + 1];
    if (next && runningLength(next, stopwords) > 0 && below.blocks >= 2 && below.chars > above) out[i] = { ...blocks[i]!, mark: { kind: 'furniture', reason: 'related-marker', weak: true } };
  });
  return out;
}
