/**
 * Where an author box starts under the story: the writer's name alone on a line, over a bio, named by the byline
 * above or by the bio's first words. Split from layout.ts.
 */
import type { Block } from '../segment/segment';
import { matchBareName } from '../segment/byline';
import { isTextProse } from '../segment/running-text';
import { wordCount, words } from '../segment/text-shape';

const isBareNameLine = (b: Block) => b.mark === null && b.lines.length === 1 && matchBareName(b.text) !== null;

/**
 * Where an author box starts: the byline's name printed again, alone on its line, after the story's first
 * paragraph ("Ana Ribeiro" over "Reporter on defence since 2015."). Two signals agree: the shape of a bare
 * name, and a byline-sized line above the text naming the same person ("Ana Ribeiro", "Por Ana Ribeiro";
 * not a headline that ends on a name), in any case. An interview's speaker labels are bare names too, but more than
 * one of them follows, so a bare name after the candidate rules it out. With no byline naming it, a bare name over the
 * text's last block opens the box when that block is its bio (isBioOf). -1 when none.
 */
export function authorBoxAt(blocks: Block[], first: number, last: number): number {
  // Compared in lower case: a byline in capitals ("Por ANA RIBEIRO") names the box's "Ana Ribeiro" too.
  const above = blocks.slice(0, first).map((b) => b.text.trim().toLocaleLowerCase());
  for (let k = first + 1; k <= last; k++) {
    const b = blocks[k]!;
    if (!isBareNameLine(b)) continue;
    const name = b.text.trim().toLocaleLowerCase();
    const names = (t: string) => t === name || ((t.endsWith(` ${name}`) || t.startsWith(`${name} `)) && wordCount(t) <= wordCount(name) + 2);
    if (above.some(names)) return blocks.slice(k + 1, last + 1).some(isBareNameLine) ? -1 : k;
    if (k + 1 === last && isBioOf(b.text.trim(), blocks[last]!, blocks.slice(first, k))) return k;
  }
  return -1;
}

/**
 * The bio under a bare name at the end of the text, when no byline above names it ("Mari Tamm" over "Mari Tamm on
 * majandusreporter."): the text's last block, running text of at most two sentences and 40 words that opens with the
 * same name. A profile's section under its subject's name opens the same way, so the story above must neither set a
 * bare name alone on a line (the other profiles) nor name the surname anywhere (a story names its subject, a writer's
 * box is about someone the story never mentions).
 */
function isBioOf(name: string, bio: Block, story: Block[]): boolean {
  const sentences = bio.text.trim().split(/(?<=\p{Sentence_Terminal})\s+/u).length;
  if (!isTextProse(bio) || bio.lines.length !== 1 || !bio.text.trim().startsWith(`${name} `) || sentences > 2 || wordCount(bio.text) > 40) return false;
  const surname = words(name).at(-1)?.toLocaleLowerCase() ?? '';
  return surname.length > 1 && !story.some((b) => isBareNameLine(b) || words(b.text).some((w) => w.toLocaleLowerCase() === surname));
}
