/**
 * A headline stands above its byline and date. headline-score.ts picks the best line by its score; this step then
 * places it by order on the page, in one place: a line under the story's meta is most often a photo caption or a
 * standfirst, so the best line above the meta is the headline instead — unless the page's title line names the lower
 * line, the lower line is the headline printed again under its meta (its other copy stands above), or the line above
 * is the site's masthead over the date at the top of the page (headline-masthead.ts), or a ticker item or a teaser of
 * another story that shares almost none of the opening's words while the lower line shares most of its own
 * (headline-topic.ts lowerSaysOpeningOver): then the line under the meta, straight over the story, is the headline.
 */
import type { Block } from '../segment/segment';
import { isTitleShaped, wordCount } from '../segment/text-shape';
import { HEADLINE_THRESHOLD } from './headline-line-score';
import { isMastheadOverHeadline } from './headline-masthead';
import { isStoryMeta } from './headline-neighbours';
import { isRepeatOf, repeatKey } from './headline-repeat';
import { hasPageTitle } from './page-title';
import { lowerSaysOpeningOver } from './headline-topic';
import { isStandfirstOf } from './headline-standfirst';

/** Where the headline stands, and whether the page's title line names it (then it is printed as the page prints it). */
export type PlacedHeadline = { at: number; named: boolean };

/** The index of the best-scoring qualifying line among blocks `from`..`to` (exclusive), -1 when none; on a tie the later (nearer the text). */
export function bestQualifying(scores: readonly number[], from: number, to: number): number {
  let at = -1;
  for (let i = from; i < to; i++) if (scores[i]! >= HEADLINE_THRESHOLD && (at < 0 || scores[i]! >= scores[at]!)) at = i;
  return at;
}

/**
 * The line above the story's meta that stands for the headline at `at`: `at` itself when it is above the meta, named by
 * the page's title line or printed again above the meta; else the best qualifying line above the meta (-1 when none).
 */
function lineAboveMeta(header: Block[], at: number, scores: readonly number[], named: boolean): number {
  const firstMeta = header.findIndex((_, i) => isStoryMeta(header, i));
  if (named || firstMeta < 0 || at <= firstMeta) return at;
  // The headline printed again under its byline and date (the page's h1 under its title) stays where it is: its other copy
  // stands above them, so it is no caption or standfirst.
  const key = repeatKey(header[at]!.text);
  const candidate = (b: Block) => b.mark === null && isTitleShaped(b.text) && wordCount(b.text) >= 2;
  const printedAbove = header.some((b, i) => i < firstMeta && candidate(b) && (b.text.trim() === header[at]!.text.trim() || isRepeatOf(b.text, header[at]!.text, key)));
  return printedAbove ? at : bestQualifying(scores, 0, firstMeta);
}

/**
 * The headline placed over its meta: the line above the meta that stands for `at` (lineAboveMeta), or, when that line is
 * the site's masthead over the date and the header's last unmarked line (straight over the story) qualifies under it,
 * that last line. `at` when no line above the meta qualifies.
 */
export function placeOverMeta(header: Block[], at: number, scores: readonly number[], others: readonly string[], stopwords: ReadonlySet<string>): PlacedHeadline {
  const named = hasPageTitle(header[at]!.text.trim(), others);
  const upper = lineAboveMeta(header, at, scores, named);
  const last = header.findLastIndex((b) => b.mark === null);
  if (upper >= 0 && last > upper && scores[last]! >= HEADLINE_THRESHOLD && isMastheadOverHeadline(header, upper, last, others)) {
    return { at: last, named: hasPageTitle(header[last]!.text.trim(), others) };
  }
  // A ticker item or a teaser of another story over the date, the headline under it: the lower line tells the story's opening.
  if (upper >= 0 && last > upper && scores[last]! >= HEADLINE_THRESHOLD && keepsUnderMeta(header, last, upper, others, stopwords)) {
    return { at: last, named: hasPageTitle(header[last]!.text.trim(), others) };
  }
  return { at: upper >= 0 ? upper : at, named };
}

/**
 * Whether the header's last unmarked line `last` (straight over the story) is the headline rather than the line `upper`:
 * the story's meta stands between them, `last` is title-shaped and no standfirst of `upper` (a longer line saying it
 * again), and `last` tells the story's opening where `upper` does not (headline-topic.ts lowerSaysOpeningOver).
 */
function keepsUnderMeta(header: Block[], last: number, upper: number, others: readonly string[], stopwords: ReadonlySet<string>): boolean {
  const [lower, above] = [header[last]!, header[upper]!];
  let meta = false;
  for (let i = upper + 1; i < last && !meta; i++) meta = isStoryMeta(header, i);
  if (!meta || !isTitleShaped(lower.text) || isStandfirstOf(lower.text, above.text, stopwords)) return false;
  return lowerSaysOpeningOver(header, lower, above, others, stopwords);
}
