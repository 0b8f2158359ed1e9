/**
 * Teasers of other stories in pairs under the story: a headline and its one-sentence summary, two pairs or more to
 * the end of the text, or teasers asked as questions. A story's own closing sections under subheadings have the same
 * pairs, so a second signal must agree: a label over them and their shortness beside the story's paragraphs, or the
 * page's buttons (a share row, a tag list) between the story and them. Split from listing-tail.ts, which reads the
 * listings' other units (stamped teasers, kickers, comments).
 */
import type { Block } from '../segment/segment';
import { endsSentence, isTitleShaped, wordCount } from '../segment/text-shape';
import { isTextProse } from '../segment/running-text';
import { buttonsIn, isButtonBlock } from './footer-buttons';

/** Words of a unit's head at most: a headline or a commenter's name. */
export const HEAD_MAX_WORDS = 12;
/** Words of a unit's paragraph at most: a teaser's summary or a reader's comment, one line. */
const UNIT_TEXT_MAX_WORDS = 40;
/** Buttons between the story and teaser pairs at least: a share row of three, a tag list, a label under a button or two. */
const MIN_BUTTONS_OVER_PAIRS = 3;

/** A unit's paragraph: one line of running text of at most forty words. */
export const isUnitText = (b: Block | undefined) => b !== undefined && isTextProse(b) && b.lines.length === 1 && wordCount(b.text) <= UNIT_TEXT_MAX_WORDS;

/** A label over a listing: an unmarked line of one to four words, no figure and no sentence end ("Loe veel"). */
const isLabel = (b: Block | undefined) =>
  b !== undefined && b.mark === null && b.lines.length === 1 && wordCount(b.text) <= 4 && !/\p{Nd}/u.test(b.text) && !endsSentence(b.text);

/** A teaser's summary is at most this share of the story's shortest paragraph, in words. */
const PAIR_SHARE = 2 / 3;

/** A teaser's headline under a label: an unmarked title-shaped line of two to twelve words, no sentence end. */
const isPairHead = (b: Block | undefined) =>
  b !== undefined && b.mark === null && b.lines.length === 1 && isTitleShaped(b.text) && !endsSentence(b.text) && wordCount(b.text) >= 2 && wordCount(b.text) <= HEAD_MAX_WORDS;

/** A sentence terminal inside the text followed by a capital: a second sentence starts ("2026. aastat" is an ordinal). */
const opensSecondSentence = (text: string) => /\p{Sentence_Terminal}+["'»”’)]*\s+["'«“‘(]?\p{Lu}/u.test(text.trim());

/** One sentence: running text in which no second sentence starts. */
const isOneSentence = (b: Block) => isUnitText(b) && !opensSecondSentence(b.text);

/**
 * Teaser pairs under a label the word lists need not know ("Loe veel"): a short line (one to four words, no figure, no
 * sentence end) standing over a headline, not over a paragraph as a subheading does, then two or more pairs of a
 * headline and its one-sentence summary, to the end of the text (`end`). A story's closing sections under subheadings
 * have the same pairs, so a second signal must agree: every summary is at most two thirds of the story's shortest
 * paragraph above the label (a teaser sums a story up in a line; a section goes on at the story's length). How many, where they stop,
 * and the summaries' words; no units when the shape or the lengths disagree.
 */
export function readLabelledPairs(blocks: Block[], first: number, k: number, end: number): { units: number; stop: number; words: number } {
  const none = { units: 0, stop: k, words: 0 };
  if (!isLabel(blocks[k])) return none;
  let [units, words, longest, j] = [0, 0, 0, k + 1];
  while (j + 1 <= end && isPairHead(blocks[j]) && isOneSentence(blocks[j + 1]!)) {
    const n = wordCount(blocks[j + 1]!.text);
    [units, words, longest, j] = [units + 1, words + n, Math.max(longest, n), j + 2];
  }
  const story = blocks.slice(first, k).filter(isTextProse).map((b) => wordCount(b.text));
  return story.length > 0 && longest <= PAIR_SHARE * Math.min(...story) ? { units, stop: j, words } : none;
}

/** A question mark of any script ends the line: "?", "？", "؟", "՞", "፧", the Greek "；". */
const endsInQuestion = (text: string) => /[?？؟՞፧;]["'»”’)]*$/u.test(text.trim());

/**
 * Teasers asked as questions under a label: a short line (as for teaser pairs) over three or more one-line questions
 * of at most twelve words, each at most two thirds of the story's shortest paragraph, to the end of the text or to
 * one last one-line sentence under them (a newsletter's pitch). Alike items in a run, their shared punctuation, the
 * label over them and their shortness beside the story agree; a story's closing questions under a subheading go on
 * at its length, or answer each other. How many, where they stop, and their words; no units when any disagrees.
 */
export function readLabelledQuestions(blocks: Block[], first: number, k: number, end: number): { units: number; stop: number; words: number } {
  const none = { units: 0, stop: k, words: 0 };
  if (!isLabel(blocks[k])) return none;
  const story = blocks.slice(first, k).filter(isTextProse).map((b) => wordCount(b.text));
  const shortest = story.length > 0 ? Math.min(...story) : 0;
  const isQuestion = (b: Block | undefined) =>
    b !== undefined && b.mark === null && b.lines.length === 1 && endsInQuestion(b.text) && !opensSecondSentence(b.text) &&
    wordCount(b.text) >= 2 && wordCount(b.text) <= Math.min(HEAD_MAX_WORDS, PAIR_SHARE * shortest);
  let [units, words, j] = [0, 0, k + 1];
  while (j <= end && isQuestion(blocks[j])) [units, words, j] = [units + 1, words + wordCount(blocks[j]!.text), j + 1];
  if (units < 3) return none;
  const pitch = j === end && isOneSentence(blocks[j]!) && wordCount(blocks[j]!.text) <= 25;
  return { units, stop: pitch ? j + 1 : j, words };
}

/**
 * Teaser pairs under the page's buttons: two pairs or more of a headline and its one-sentence summary from `k` to the
 * end of the text (`end`), with nothing between the story's text above and the first headline but buttons, three or
 * more (a share row, a tag list, a label under them: footer-buttons.ts). The story does not set its share row or tag
 * list over its own closing sections, so the buttons and the pairs agree where the summaries are as long as the
 * story's paragraphs. How many, where they stop, and the summaries' words; no units when the shape disagrees.
 */
export function readPairsUnderButtons(blocks: Block[], first: number, k: number, end: number, stopwords: ReadonlySet<string>): { units: number; stop: number; words: number } {
  const none = { units: 0, stop: k, words: 0 };
  if (!isPairHead(blocks[k])) return none;
  let [buttons, i] = [0, k - 1];
  for (; i > first && isButtonBlock(blocks[i]!, stopwords); i--) buttons += buttonsIn(blocks[i]!);
  if (buttons < MIN_BUTTONS_OVER_PAIRS || !isTextProse(blocks[i]!)) return none;
  let [units, words, j] = [0, 0, k];
  while (j + 1 <= end && isPairHead(blocks[j]) && isOneSentence(blocks[j + 1]!)) [units, words, j] = [units + 1, words + wordCount(blocks[j + 1]!.text), j + 2];
  return { units, stop: j, words };
}
