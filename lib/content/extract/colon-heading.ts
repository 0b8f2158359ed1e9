/**
 * Subheadings written with a colon: a label closed by a colon alone on its line over a paragraph ("Die Lage:", "Ce
 * qu'il faut savoir:"), or a label and a colon before the heading's words ("Die Lage: Was jetzt kommt"). A colon is
 * also how a tag list's label ("Tags:") and a photo's caption ("Kiel: the frigate at the quay") are written, so a
 * line between the story's paragraphs is never taken out for its colon alone: where the line stands must say
 * furniture too (a list of tags under the label, the credit's caption on the credit's side). The words of no language
 * decide.
 */
import type { Block } from '../segment/segment';
import { isPhotoCreditBlock } from '../segment/credit-rules';
import { isBareLabel, labelAndRest } from '../segment/label-shape';
import { endsSentence, isProse, wordCount } from '../segment/text-shape';

/** A subheading's words at most: a longer line is a sentence. */
const MAX_HEADING_WORDS = 12;

/**
 * A subheading that opens with a label and a colon ("Die Lage: Was jetzt kommt"), one line under a paragraph of the
 * story and straight over a photo's credit, with no credit over it: the heading of the section a picture opens,
 * not the picture's caption. A caption is glued to its credit too, but under the story's paragraph a line led by a
 * label and a colon is how the story names its sections; the credit's own caption is the line on its other side.
 * `above` and `below` are the body's blocks next to `b`, marked ones included.
 */
export function isLabelledHeadingOverCredit(b: Block, above: Block | undefined, below: Block | undefined): boolean {
  if (b.lines.length !== 1 || labelAndRest(b.text.trim()) === null || endsSentence(b.text) || wordCount(b.text) > MAX_HEADING_WORDS) return false;
  if (below === undefined || !isPhotoCreditBlock(below) || below.line !== b.line + 1 || isPhotoCreditBlock(above)) return false;
  return above !== undefined && above.mark === null && isProse(above.text);
}

/**
 * A label of two or three words closed by a colon alone on its line (the bare-label rule's weak mark: line-rules.ts),
 * with story text above it and a paragraph of running text right under it: a subheading over that paragraph ("Die
 * Lage:"). A tag list's or a share row's label stands over its short items, never over a paragraph. `prev` and `next`
 * are the nearest unmarked blocks around it.
 */
export function isColonLabelOverParagraph(b: Block, prev: Block | undefined, next: Block | undefined): boolean {
  if (b.mark?.kind !== 'furniture' || b.mark.reason !== 'category-label' || !b.mark.weak || b.lines.length !== 1) return false;
  const n = wordCount(b.text);
  return isBareLabel(b.text) && n >= 2 && n <= 3 && prev !== undefined && next !== undefined && isProse(next.text);
}
