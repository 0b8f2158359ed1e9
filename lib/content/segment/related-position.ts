/**
 * A related-stories heading ("Read also", "Most read", "Similar articles") is a word signal; where it stands is the
 * second one. Under a heading that really opens a related block come headlines, teasers and links, never the bulk of
 * the story: when the running text below the heading outweighs the running text above it (a story whose subheading
 * happens to read "Most popular", a box set into the story's top) and a paragraph follows it straight away, the
 * heading stays a single weak signal and cuts nothing (extract-story.ts keeps a weak line between two paragraphs of the story).
 */
import type { Block } from './segment';
import { labelledHeadline } from './related-rules';
import { isTextProse, longestRun, runningLength } from './running-text';
import { endsSentence, words } from './text-shape';

/**
 * The related markers of `blocks` confirmed by their position: a marker with a running paragraph straight under it
 * (as under a subheading) whose blocks below (up to the next marker) hold a run of two or more running paragraphs
 * longer than all the running text above it is turned into a weak furniture mark. A whole related story under its
 * marker opens with its own headline, so its marker stays. First, "Read also: <headline>" lines whose label no word
 * table knows are marked by their shape and place (markLabelledLinks). Returns a copy of `blocks` (or `blocks` when
 * nothing is marked).
 */
export function confirmRelatedMarkers(blocks: Block[], stopwords: ReadonlySet<string>): Block[] {
  const linked = markLabelledLinks(blocks, stopwords);
  const at = linked.flatMap((b, i) => (b.mark?.kind === 'related-marker' ? [i] : []));
  if (at.length === 0) return linked;
  blocks = linked;
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

/** The stems a line's content words are compared by: lower-case words of four letters or more, not stopwords, cut to five. */
function contentStems(text: string, stopwords: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) {
    const lower = w.toLocaleLowerCase();
    if ([...lower].length >= 4 && !stopwords.has(lower)) out.add([...lower].slice(0, 5).join(''));
  }
  return out;
}

/**
 * Whether a headline's content stems are another story's, not the paragraphs' around it: none said there, or one of
 * four or more (a related story shares the topic: "tikintisinə" in the link, "tikintisi" under it). A subheading names
 * the subject of the paragraph under it, most of its few content words.
 */
function aboutAnotherStory(stems: ReadonlySet<string>, said: ReadonlySet<string>): boolean {
  const shared = [...stems].filter((s) => said.has(s)).length;
  return shared === 0 || (shared === 1 && stems.size >= 4);
}

/**
 * A paragraph of the story beside a link: prose by its shape alone (a sentence of six words or more, in any language),
 * or running text by the page language's stopwords. A language no stopword list knows has only the first.
 */
const isParagraph = (b: Block, stopwords: ReadonlySet<string>) => isTextProse(b) || runningLength(b, stopwords) > 0;

/** The link at `i` (an unmarked one-line labelled headline), or null. */
function linkAt(blocks: Block[], i: number): { label: string; headline: string } | null {
  const b = blocks[i];
  return b !== undefined && b.mark === null && b.lines.length === 1 ? labelledHeadline(b.text) : null;
}

/**
 * "Read also: <headline>" in a language no word table knows ("Li tou: Gouvènman an anonse yon plan…"): a line of
 * that shape (related-rules.ts labelledHeadline), or a run of them under the same label, whose place agrees. It stands
 * between two running paragraphs of the story and says none of their content words, or one of four or more
 * (aboutAnotherStory): a subheading opens the section under it and names its subject, a link to another story
 * interrupts the text around it. A label that also opens a sentence on the page ("Rama: Ne do të vazhdojmë.") is a
 * speaker's, so lines under it stay. Those links are marked related-block furniture (strong: they go from between two
 * paragraphs). Returns `blocks` when there is none.
 */
function markLabelledLinks(blocks: Block[], stopwords: ReadonlySet<string>): Block[] {
  let out = blocks;
  for (let i = 1; i < blocks.length; i++) {
    const link = linkAt(blocks, i);
    if (link === null) continue;
    let end = i;
    while (linkAt(blocks, end + 1)?.label === link.label) end++;
    const [above, below] = [blocks[i - 1]!, blocks[end + 1]];
    const run = blocks.slice(i, end + 1);
    const from = i;
    i = end;
    if (!below || !isParagraph(above, stopwords) || !isParagraph(below, stopwords)) continue;
    const said = new Set([...contentStems(above.text, stopwords), ...contentStems(below.text, stopwords)]);
    if (run.some((b) => !aboutAnotherStory(contentStems(labelledHeadline(b.text)!.headline, stopwords), said))) continue;
    if (blocks.some((o) => o.text.trim().startsWith(`${link.label}:`) && endsSentence(o.text))) continue;
    if (out === blocks) out = blocks.slice();
    run.forEach((b, k) => {
      out[from + k] = { ...b, mark: { kind: 'furniture', reason: 'related-block', detail: 'labelled headline between paragraphs, about another story' } };
    });
  }
  return out;
}
