/**
 * Where the story's text starts when its first prose line is a photo's caption set over or under the headline: the
 * caption's credit beside it and the headline and date under or over it say so. Split from text-start.ts.
 */
import type { Block } from '../segment/segment';
import { isProse, wordCount } from '../segment/text-shape';
import { isTextProse } from '../segment/running-text';
import { isTitleCandidate } from './headline-neighbours';
import { isMetaBlock } from './story-draft';

const isCreditBlock = (b: Block | undefined) => b?.mark?.kind === 'furniture' && b.mark.reason === 'photo-credit';

/**
 * A photo's caption over the headline: the first prose line has a photo credit straight above or below it ("Foto:
 * Anna Berg" over "The submarine leaves port for an exercise."), and under it (and its credit) stands a line that
 * could be the headline, with only bylines, dates and furniture between it and the prose. No line above could be the
 * headline. Three signals agree: the credit beside the sentence, the title-shaped line under it, the text under that.
 * Returns the index of the prose under the headline, or -1.
 */
export function textUnderCaptionedHeadline(blocks: Block[], first: number): number {
  const b = blocks[first]!;
  if (b.lines.length !== 1 || wordCount(b.text) > 40 || !(isCreditBlock(blocks[first - 1]) || isCreditBlock(blocks[first + 1]))) return -1;
  const h = isCreditBlock(blocks[first + 1]) ? first + 2 : first + 1;
  const head = blocks[h];
  if (!head || !isTitleCandidate(head) || isProse(head.text) || blocks.slice(0, first).some(isTitleCandidate)) return -1;
  let k = h + 1;
  while (k < blocks.length && (isMetaBlock(blocks[k]!) || (blocks[k]!.mark !== null && !isTextProse(blocks[k]!)))) k++;
  return k < blocks.length && isTextProse(blocks[k]!) ? k : -1;
}

/**
 * A photo's caption under the headline: the first prose line is one line of at most 25 words glued over a photo credit
 * ("Korvetlerin teslim töreni tersanede yapıldı." over "Foto: AA"), a line above could be the headline, and between the
 * credit and the next prose stand only marked lines, the story's date or byline among them. A paragraph of the story
 * has no date under it; a caption set between the headline and the text has its picture's credit and the date.
 * Returns the index of the prose under them, or -1.
 */
export function textUnderCaption(blocks: Block[], first: number): number {
  const [b, credit] = [blocks[first]!, blocks[first + 1]];
  if (b.lines.length !== 1 || wordCount(b.text) > 25 || !isCreditBlock(credit) || credit!.line !== b.line + 1 || !blocks.slice(0, first).some(isTitleCandidate)) return -1;
  let k = first + 2;
  let meta = false;
  for (; k < blocks.length && blocks[k]!.mark !== null; k++) meta ||= isMetaBlock(blocks[k]!);
  return meta && k < blocks.length && isTextProse(blocks[k]!) ? k : -1;
}
