/**
 * A related-stories heading ("Read also", "Most read", "Similar articles") is a word signal; where it stands is the
 * second one. Under a heading that really opens a related block come headlines, teasers and links, never the bulk of
 * the story: when the running text below the heading outweighs the running text above it (a story whose subheading
 * happens to read "Most popular", a box set into the story's top) and a paragraph follows it straight away, the
 * heading stays a single weak signal and cuts nothing (extract-story.ts keeps a weak line between two paragraphs of the story).
 * A box set into the story ("Read also" over a headline or two) with the same story going on under it is furniture
 * where it stands, and cuts nothing either.
 */
import type { Block } from './segment';
import { contentStems, isTextProse, longestRun, runningLength, saysAgain } from './running-text';
import { isProse, isTitleShaped } from './text-shape';

/** The detail of an inline box's marks: the story goes on under them, so they end nothing (layout.ts). */
export const INLINE_BOX = 'a box set into the story';

/** Most links an inline box sets under its heading before the story goes on. */
const BOX_LINKS = 3;

/** A link to another story in a box: one unmarked title-shaped line, no running text. */
const isLinkLine = (b: Block | undefined) => b !== undefined && b.mark === null && b.lines.length === 1 && isTitleShaped(b.text) && !isProse(b.text);

/**
 * The links of an inline box whose heading is blocks[i], when the story goes on under them: one to three link lines,
 * then a running paragraph that does not say the last link again (a teaser's summary and a related story's lead say
 * their headline again) and has no headline straight under it (teasers alternate headline and summary), and running
 * text down to `end` (the next heading) that shares two content words or more
 * with the running text above the heading (`above`, its stems): the same story, not another one. Null otherwise.
 */
function inlineBoxLinks(blocks: Block[], i: number, end: number, above: ReadonlySet<string>, stopwords: ReadonlySet<string>): number[] | null {
  const links: number[] = [];
  let k = i + 1;
  while (k < end && links.length < BOX_LINKS && isLinkLine(blocks[k])) links.push(k++);
  const next = blocks[k];
  if (links.length === 0 || k >= end || !next || !isTextProse(next) || saysAgain(blocks[k - 1]!, next, stopwords)) return null;
  // A headline straight under that paragraph makes it a teaser's summary in a list of them (headline, summary, headline…).
  if (isLinkLine(blocks[k + 1])) return null;
  const below = contentStems(blocks.slice(k, end).filter(isTextProse).map((b) => b.text).join(' '), stopwords);
  let shared = 0;
  for (const stem of below) if (above.has(stem)) shared++;
  return shared >= 2 ? links : null;
}

/**
 * The related markers of `blocks` confirmed by their position: a marker with a running paragraph straight under it
 * (as under a subheading) whose blocks below (up to the next marker) hold a run of two or more running paragraphs
 * longer than all the running text above it is turned into a weak furniture mark. A whole related story under its
 * marker opens with its own headline, so its marker stays. A marker over an inline box's links with the story going on
 * under them (inlineBoxLinks) becomes furniture with its links. Returns a copy of `blocks` (or `blocks` when it has no marker).
 */
export function confirmRelatedMarkers(blocks: Block[], stopwords: ReadonlySet<string>): Block[] {
  const at = blocks.flatMap((b, i) => (b.mark?.kind === 'related-marker' ? [i] : []));
  if (at.length === 0) return blocks;
  let above = 0;
  let from = 0;
  const out = blocks.slice();
  at.forEach((i, k) => {
    for (; from < i; from++) above += runningLength(blocks[from]!, stopwords);
    const end = at[k + 1] ?? blocks.length;
    const below = longestRun(blocks.slice(i + 1, end), stopwords);
    const next = blocks[i + 1];
    if (next && runningLength(next, stopwords) > 0 && below.blocks >= 2 && below.chars > above) {
      out[i] = { ...blocks[i]!, mark: { kind: 'furniture', reason: 'related-marker', weak: true } };
      return;
    }
    if (above === 0) return;
    const stems = contentStems(blocks.slice(0, i).filter(isTextProse).map((b) => b.text).join(' '), stopwords);
    const links = inlineBoxLinks(blocks, i, end, stems, stopwords);
    if (links === null) return;
    out[i] = { ...blocks[i]!, mark: { kind: 'furniture', reason: 'related-marker', detail: INLINE_BOX } };
    for (const j of links) out[j] = { ...blocks[j]!, mark: { kind: 'furniture', reason: 'related-block', detail: INLINE_BOX } };
  });
  return out;
}
