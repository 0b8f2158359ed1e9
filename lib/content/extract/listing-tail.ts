/**
 * Where a listing under the story starts: teasers of other stories (a headline, its date, a one-line summary) or
 * readers' comments (a name, a time, a comment). Both are a unit repeated to the end of the page's text: a short line,
 * a stamp under it, and at most one short paragraph. The summaries and comments are sentences, so the last-prose rule
 * alone would take them into the story; the repetition, the stamps and their place under the story's text decide,
 * not the words of any language.
 */
import type { Block } from '../segment/segment';
import { endsSentence, isTitleShaped, wordCount } from '../segment/text-shape';
import { isTextProse } from '../segment/running-text';
import { HEAD_MAX_WORDS, isUnitText, readLabelledPairs, readLabelledQuestions, readPairsUnderButtons } from './teaser-pairs';


/** A date or a time the segmenter marked: a dateline, a stamp, a relative time ("2 hours ago") or a counter. */
export const isMarkedStamp = (b: Block | undefined) => {
  const m = b?.mark;
  return m?.kind === 'dateline' || m?.kind === 'stamp' || (m?.kind === 'furniture' && (m.reason === 'relative-time' || m.reason === 'counter'));
};

/**
 * A stamp: a date or a time the segmenter marked, or an unmarked line of at most four words holding a figure and no
 * sentence end ("2 saat önce", "vor 3 Stunden", "10:32"), the time a comment or a teaser was posted.
 */
export function isStamp(b: Block | undefined): boolean {
  if (b === undefined || b.lines.length !== 1) return false;
  if (isMarkedStamp(b)) return true;
  return b.mark === null && /\p{Nd}/u.test(b.text) && wordCount(b.text) <= 4 && !endsSentence(b.text);
}

/** A unit's head: one line of at most twelve words that is no stamp and no byline (the story's own meta is not a teaser). */
const isHead = (b: Block | undefined) =>
  b !== undefined && b.lines.length === 1 && !isStamp(b) && b.mark?.kind !== 'byline' && wordCount(b.text) >= 1 && wordCount(b.text) <= HEAD_MAX_WORDS;

/** A kicker over a teaser's headline: an unmarked line of one to three words, no figure and no sentence end ("Economia"). */
const isKicker = (b: Block | undefined) =>
  b !== undefined && b.mark === null && b.lines.length === 1 && wordCount(b.text) <= 3 && !/\p{Nd}/u.test(b.text) && !endsSentence(b.text);

/** A teaser's headline under its kicker: an unmarked title-shaped line of four words or more without a sentence end. */
const isHeadline = (b: Block | undefined) =>
  b !== undefined && b.mark === null && b.lines.length === 1 && isTitleShaped(b.text) && !endsSentence(b.text) && wordCount(b.text) >= 4 && wordCount(b.text) <= HEAD_MAX_WORDS;

/** Where a unit's lines over its paragraph start at `k`: a head and a stamp, or a kicker and a headline. */
const opensUnit = (blocks: Block[], k: number) => (isHead(blocks[k]) && isStamp(blocks[k + 1])) || (isKicker(blocks[k]) && isHeadline(blocks[k + 1]));

/** A button under a comment: a one-line block of one to three words without a sentence end ("Reply", "Përgjigju"). */
const isButton = (b: Block | undefined) => b !== undefined && b.lines.length === 1 && wordCount(b.text) >= 1 && wordCount(b.text) <= 3 && !endsSentence(b.text);

/**
 * The units read from `k` on, one after another: how many, where they stop, and the words of their paragraphs.
 * A unit is a head, a stamp, then at most one paragraph, and under it the same button in every unit that has one
 * ("Reply" under each comment): the first unit's short line under its paragraph, when it opens no unit, is the button
 * the others are read with; a line of that shape the first unit lacks is no button, so a kicker stays a kicker.
 */
function readUnits(blocks: Block[], k: number, end: number): { units: number; stop: number; words: number } {
  let [units, words] = [0, 0];
  let button: string | null = null;
  while (k + 1 <= end && opensUnit(blocks, k)) {
    units++;
    k += 2;
    if (k <= end && isUnitText(blocks[k]) && !opensUnit(blocks, k)) {
      words += wordCount(blocks[k]!.text);
      k++;
    }
    const under = blocks[k];
    if (units === 1 && isButton(under) && under!.mark === null && !opensUnit(blocks, k)) button = under!.text.trim();
    if (button !== null && under?.text.trim() === button) k++;
  }
  return { units, stop: k, words };
}

/**
 * Comments read from `k` on whose stamp stands under the comment, not over it: a head (the reader's name), one
 * paragraph, then a stamp (a like or reply counter: "Pëlqe 12 · Përgjigju", a time) or the same button under every
 * one of them ("Përgjigju"). How many, where they stop (the stamp of the last one may stand below the text's last
 * block, so the whole page bounds them), and their words.
 */
function readSignedUnits(blocks: Block[], k: number): { units: number; stop: number; words: number } {
  let [units, words] = [0, 0];
  const button = isButton(blocks[k + 2]) ? blocks[k + 2]!.text.trim() : null;
  const closes = (b: Block | undefined) => isStamp(b) || (button !== null && isButton(b) && b!.text.trim() === button);
  while (isHead(blocks[k]) && !isStamp(blocks[k]) && isUnitText(blocks[k + 1]) && closes(blocks[k + 2])) {
    units++;
    words += wordCount(blocks[k + 1]!.text);
    k += 3;
  }
  return { units, stop: k, words };
}

/** A reader's name and the time of posting on one line, which the segmenter read as a signed dateline ("Ana Lopes, 12.03.2024 14:05"). */
const signedStampOf = (b: Block | undefined) => (b !== undefined && b.lines.length === 1 && b.mark?.kind === 'dateline' ? b.mark.byline?.author ?? null : null);

/**
 * Comments each headed by their writer's name and time on one line, then one paragraph: how many, where they stop
 * and their words. Two readers at least sign them: a live page one reporter signs entry by entry is no thread.
 */
function readSignedStamps(blocks: Block[], k: number): { units: number; stop: number; words: number } {
  let [units, words] = [0, 0];
  const names = new Set<string>();
  for (let name = signedStampOf(blocks[k]); name !== null && isUnitText(blocks[k + 1]); name = signedStampOf(blocks[k])) {
    [units, words, k] = [units + 1, words + wordCount(blocks[k + 1]!.text), k + 2];
    names.add(name);
  }
  return names.size >= 2 ? { units, stop: k, words } : { units: 0, stop: k, words: 0 };
}

/**
 * The index where a listing under the story starts, or -1: two units or more, one after another, from there to the
 * story's last text block `last`, with running text of the story between `first` and there, and more words of it than
 * in all the units' paragraphs (the densest run of text is the story's; a live blog whose every entry is such a unit
 * has as much text below its first entry as above, so it keeps them all).
 */
export function listingAt(blocks: Block[], first: number, last: number, stopwords: ReadonlySet<string>): number {
  for (let k = first + 1; k <= last; k++) {
    const unit = opensUnit(blocks, k) ? readUnits(blocks, k, last) : readSignedUnits(blocks, k);
    const read = unit.units >= 2 ? unit : readSignedStamps(blocks, k);
    const pairs = read.units >= 2 ? read : readLabelledPairs(blocks, first, k, last);
    const questions = pairs.units >= 2 ? pairs : readLabelledQuestions(blocks, first, k, last);
    const { units, stop, words } = questions.units >= 2 ? questions : readPairsUnderButtons(blocks, first, k, last, stopwords);
    if (units < 2 || stop <= last) continue;
    const above = blocks.slice(first, k).filter(isTextProse).reduce((n, b) => n + wordCount(b.text), 0);
    return above > words ? k : -1;
  }
  return -1;
}
