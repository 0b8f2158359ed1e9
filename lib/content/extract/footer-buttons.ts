/**
 * The buttons under a story: the blocks of a share row, a tag list or a menu, which are neither text nor the story's
 * meta, and how many buttons one block holds. The readers of the story's end (layout.ts, teaser-pairs.ts) count
 * them to tell the page's furniture from the story's figures and boxes. Split from layout.ts.
 */
import type { Block } from '../segment/segment';
import { endsSentence, wordCount } from '../segment/text-shape';
import { isTextProse } from '../segment/running-text';
import { INLINE_BOX } from '../segment/related-position';
import { isUnterminatedText } from './text-start';
import { isMetaBlock } from './story-draft';

/**
 * A block of a share row, tag list or menu: not text, not a byline or date, and not a photo's credit or a box set into the
 * story (related-position.ts), which stand among the story's paragraphs.
 */
export const isButtonBlock = (b: Block, stopwords: ReadonlySet<string>) =>
  !isTextProse(b) && !isUnterminatedText(b, stopwords) && !isMetaBlock(b) && !(b.mark?.kind === 'furniture' && (b.mark.reason === 'photo-credit' || b.mark.detail === INLINE_BOX));

/**
 * How many buttons a block of the footer is: one, or one per line for a list set one item a line that the segmenter
 * joined because each item after the first opens in lower case ("Tags" over "budget", "city council", "parks"): three
 * lines or more of at most three words each, none ending a sentence. A sentence is never broken after every word or two,
 * and a heading broken over lines has two of them, so the run of alike short lines is a tag list's or a menu's items.
 */
export const buttonsIn = (b: Block) => (b.lines.length >= 3 && b.lines.every((l) => wordCount(l.text) <= 3 && !endsSentence(l.text)) ? b.lines.length : 1);
