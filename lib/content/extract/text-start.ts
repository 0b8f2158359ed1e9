/**
 * Where the story's text starts: the first block of running prose, unless that block is the headline printed in
 * a shape that reads as text (a question, a sentence over the byline, a long line or a short sentence the lead says
 * again) or a photo's caption over or under the headline (caption-start.ts). Split from layout.ts, which places the
 * text's end.
 */
import type { Block } from '../segment/segment';
import { endsSentence, isProse, isTitleShaped, wordCount, words } from '../segment/text-shape';
import { lineEvidence, RUNNING_TEXT_STOP_SHARE } from '../segment/line-evidence';
import { contentStems, isTextProse, saysAgain } from '../segment/running-text';
import { isDateShaped, isTitleCandidate } from './headline-neighbours';
import { lineOverMeta } from './fallback-headline';
import { textUnderCaption, textUnderCaptionedHeadline } from './caption-start';
import { isMetaBlock } from './story-draft';
import { leadAbove } from './lead-above';

/** Scripts that write no sentence terminal and no space between words (Thai, Lao): a space there parts clauses or sentences. */
const UNTERMINATED_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}]/u;

/**
 * Running text in a script that ends no sentence with a mark (Thai, Lao), which isProse cannot tell from a label
 * when it is shorter than twenty words: twelve words or more counted by Intl.Segmenter, a stopword share like
 * running text, hardly any figures. A menu item or a tag has a few words; a headline is placed by the header rules,
 * so this reads only where the text's end is looked for, or where no other block is running text.
 */
export function isUnterminatedText(b: Block, stopwords: ReadonlySet<string>): boolean {
  if (b.mark !== null || !UNTERMINATED_SCRIPT.test(b.text) || isProse(b.text)) return false;
  const e = lineEvidence(b.text, stopwords);
  return e.wordCount >= 12 && e.stopShare >= RUNNING_TEXT_STOP_SHARE && e.figureShare < 0.3;
}

/**
 * A one-line question or exclamation directly followed by prose is a headline, not the
 * first paragraph: "Why does Minsk need its own missiles?" reads as a sentence by its mark. Read only when no line
 * above could be the headline (textStart): under a headline, a question opens the story.
 */
const isHeadlineSentence = (b: Block, next: Block | undefined) =>
  b.lines.length === 1 && /[?!][”"»’]?$/u.test(b.text.trim()) && wordCount(b.text) <= 20 && next !== undefined && isTextProse(next);

/**
 * A one-line question or exclamation with furniture under it (share buttons, a photo credit, a date) before the
 * first prose, and no line above that could be the headline: the page's headline, as in isHeadlineSentence, with
 * its furniture between. A rhetorical question opening a story stands under its headline, so the line above decides.
 * Returns the index of the prose under it, or -1.
 */
function textUnderHeadlineQuestion(blocks: Block[], first: number): number {
  const b = blocks[first]!;
  if (b.lines.length !== 1 || !/[?!？！][”"»’]?$/u.test(b.text.trim()) || wordCount(b.text) > 20 || blocks.slice(0, first).some(isTitleCandidate)) return -1;
  const next = blocks.findIndex((x, k) => k > first && isTextProse(x));
  return next > first + 1 ? next : -1;
}

/**
 * A short sentence above the headline (a site's tagline, a breaking-news ticker item, a notice): the first prose line is
 * one line of at most 20 words, and below it, past only menu lines and marked furniture, stands the classic head of a
 * story: a line that could be the headline, the story's date or byline straight under it, then prose. A story's own
 * first paragraph is not followed by a headline and its date, so the pattern under the line decides, not its words.
 * Returns the index of the prose under that head, or -1.
 */
function textUnderHeadAfterSentence(blocks: Block[], first: number): number {
  const b = blocks[first]!;
  if (b.lines.length !== 1 || wordCount(b.text) > 20 || underHeadline(blocks, first)) return -1;
  for (let h = first + 1; h < blocks.length && h <= first + 8 && !isTextProse(blocks[h]!); h++) {
    const next = blocks[h + 1];
    if (!isTitleCandidate(blocks[h]!) || !next || !isMetaBlock(next)) continue;
    let k = h + 1;
    while (k < blocks.length && blocks[k]!.mark !== null && !isTextProse(blocks[k]!)) k++;
    return k < blocks.length && isTextProse(blocks[k]!) ? k : -1;
  }
  return -1;
}

/**
 * Whether the nearest unmarked line above `first` could be the headline: then the sentence under it is the standfirst,
 * and a title-shaped line further down (a photo's caption over the date) is no second headline. A tagline or a
 * ticker item stands under the site's name or its menu words, which are shorter.
 */
function underHeadline(blocks: Block[], first: number): boolean {
  for (let k = first - 1; k >= 0; k--) if (blocks[k]!.mark === null) return isTitleCandidate(blocks[k]!);
  return false;
}

/**
 * A headline printed as a short sentence straight above the text ("Armata a primit primele tancuri Abrams." over
 * "Ministerul Apărării a anunțat că primele tancuri au ajuns…"): one line, one sentence of at most 14 words, no line
 * above could be the headline, and the paragraph under it is longer and says it again: at least two of its content
 * words, and a third of them, come back there. A story's short first paragraph is followed by new facts, not by
 * its own words again, so the repetition and the shape together decide.
 */
function isHeadlineOverLead(blocks: Block[], first: number, stopwords: ReadonlySet<string>): boolean {
  const [b, next] = [blocks[first]!, blocks[first + 1]];
  if (b.lines.length !== 1 || !endsSentence(b.text) || /\p{Sentence_Terminal}\s+\P{Ll}/u.test(b.text.trim().slice(0, -1)) || wordCount(b.text) > 14) return false;
  if (!next || !isTextProse(next) || wordCount(next.text) < wordCount(b.text) + 4 || blocks.slice(0, first).some(isTitleCandidate)) return false;
  return saysAgain(b, next, stopwords);
}

/**
 * A long headline (twenty words or more, so it counts as running text) straight above the text: one line with no
 * sentence end that is still title-shaped (at most 24 words, no full stop, comma or colon at its end), no line above
 * could be the headline, and the paragraph under it says it again. A paragraph of the story ends in a sentence
 * terminal; a headline does not, and repeats in the lead.
 */
function isLongHeadlineOverLead(blocks: Block[], first: number, stopwords: ReadonlySet<string>): boolean {
  const [b, next] = [blocks[first]!, blocks[first + 1]];
  if (b.lines.length !== 1 || endsSentence(b.text) || !isTitleShaped(b.text) || !next || !isTextProse(next)) return false;
  return !blocks.slice(0, first).some(isTitleCandidate) && saysAgain(b, next, stopwords);
}


/**
 * A headline of two or three words straight above the first prose line ("Kadıköy'de yangın" over "Kadıköy'de beş
 * katlı bir binada yangın çıktı."): unmarked, title-shaped, and every one of its content words (two at least) comes
 * back in the line under it. Too short to count as a title candidate, it is told from a menu item by the repetition:
 * a lead says its headline again, not the section above it.
 */
function isShortHeadOver(blocks: Block[], first: number, stopwords: ReadonlySet<string>): boolean {
  const head = blocks[first - 1];
  if (!head || head.mark !== null || head.lines.length !== 1 || !isTitleShaped(head.text) || wordCount(head.text) > 3) return false;
  const own = contentStems(head.text, stopwords);
  const again = contentStems(blocks[first]!.text, stopwords);
  return own.size >= 2 && [...own].every((w) => again.has(w));
}

/**
 * A short headline (two or three words: "Sequía histórica", "Mroźna noc") glued straight above the sentence, which the
 * headline reader (fallback-headline.ts lineOverMeta) takes for the page's headline: the one line of the glued run above
 * the sentence that says the most (the menu items over it say less), title-shaped, printed once on the page. The
 * sentence under it is then the story's lead printed over its byline or date, not a second headline, so it stays in
 * the text. Asking the headline reader itself keeps the header and the text in agreement.
 */
function underShortHeadline(blocks: Block[], first: number, stopwords: ReadonlySet<string>): boolean {
  const above = blocks[first - 1];
  if (!above || above.mark !== null || above.lines.length !== 1 || above.line + 1 !== blocks[first]!.line || wordCount(above.text) > 3) return false;
  return lineOverMeta(blocks.slice(0, first), blocks.map((b) => b.text.trim()), stopwords)?.block === above;
}

/**
 * A headline printed with a full stop ("Firmato il contratto per dodici elicotteri."): the first sentence-shaped
 * line is one line of at most 30 words, the byline or date stands straight under it with prose after them, and no
 * line above could be the headline (a title candidate, or a short head the line says again). A standfirst sits
 * under a headline; with none above, the line is the headline.
 */
function isHeadlineOverMeta(blocks: Block[], first: number, stopwords: ReadonlySet<string>): boolean {
  const b = blocks[first]!;
  if (b.lines.length !== 1 || wordCount(b.text) > 30 || blocks.slice(0, first).some(isTitleCandidate) || isShortHeadOver(blocks, first, stopwords)) return false;
  if (underShortHeadline(blocks, first, stopwords)) return false;
  let k = first + 1;
  while (k < blocks.length && isMetaBlock(blocks[k]!)) k++;
  return k > first + 1 && k < blocks.length && isTextProse(blocks[k]!);
}

/** The index of the block where the story's text starts, or -1 when no block is running text. */
export function textStart(blocks: Block[], stopwords: ReadonlySet<string>): number {
  const start = proseStart(blocks, stopwords);
  return start > 0 ? leadAbove(blocks, start, stopwords) : start;
}

/** The index of the first block of running prose that is the story's (see the module comment), or -1. */
function proseStart(blocks: Block[], stopwords: ReadonlySet<string>): number {
  // A date the date reader did not know, printed with a full stop ("… พ.ศ. 2567, 10.30 น."), is no paragraph.
  const first = blocks.findIndex((b) => isTextProse(b) && !isDateShaped(b.text));
  // A page whose every paragraph is short running text in Thai or Lao is a story, not a page of furniture.
  if (first < 0) return blocks.findIndex((b) => isUnterminatedText(b, stopwords));
  const headAbove = blocks.slice(0, first).some(isTitleCandidate);
  if ((isHeadlineSentence(blocks[first]!, blocks[first + 1]) && !headAbove) || isHeadlineOverMeta(blocks, first, stopwords)) return first + 1;
  const underQuestion = textUnderHeadlineQuestion(blocks, first);
  if (underQuestion > first) return underQuestion;
  const underCaption = textUnderCaptionedHeadline(blocks, first);
  if (underCaption > first) return underCaption;
  const caption = textUnderCaption(blocks, first);
  if (caption > first) return caption;
  const underHead = textUnderHeadAfterSentence(blocks, first);
  if (underHead > first) return underHead;
  return isHeadlineOverLead(blocks, first, stopwords) || isLongHeadlineOverLead(blocks, first, stopwords) ? first + 1 : first;
}
