/**
 * The score of one line above the text as the headline, by evidence, not position: a length of a few words to a couple
 * of dozen, a capital first letter without shouting, no trailing full stop, nearness to the body, and agreement with a
 * page-title line elsewhere in the scrape ("<headline> - Site name"). Lines in a run of short lines (a menu), lines
 * repeated elsewhere on the page and lines made of figures lose points. Split from headline-score.ts, which picks.
 */
import type { Block } from '../segment/segment';
import { hasCase, isTitleShaped, wordCount, words } from '../segment/text-shape';
import { hasUnspacedScript } from './script/text-script';
import { lineEvidence, RUNNING_TEXT_STOP_SHARE, stopwordsFor } from '../segment/line-evidence';
import { isPageTitleOf } from './page-title';
import { isDateShaped, isMeta, isNameList, lastLine, letterCount } from './headline-neighbours';
import { isRepeatOf, repeatKey } from './headline-repeat';

/** The lowest score a line needs to be taken as the headline. */
export const HEADLINE_THRESHOLD = 4;

const isBareShort = (b: Block | undefined) => !!b && b.mark === null && isTitleShaped(b.text);
/** Mostly figures (a date the date reader did not know, a ticker): not a menu item, whatever its length. */
const isFigures = (b: Block) => {
  const visible = b.text.replace(/\s+/gu, '');
  return visible.replace(/[\p{L}\p{M}]/gu, '').length * 2 >= visible.length;
};
const hasDigits = (b: Block) => /\p{Nd}/u.test(b.text);
/**
 * Fewer than 20 letters in a script written with spaces: a label or a control ("Text size Aa Aa"),
 * however many words it has. Headlines of four words or more say more than that.
 */
function isSlight(text: string): boolean {
  if (hasUnspacedScript(text)) return false;
  return letterCount(text) < 20;
}
/** A label of one or two words and a colon at the head of a line: "Source: …", "Forrás: …", "Foto: …". */
const LABEL_LINE = /^[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+)?\s?[:：]\s/u;
/** A neighbour as long as a list item beside `text` would be: two thirds of its letters or more. */
const isOfASize = (neighbour: string, text: string) => 3 * letterCount(neighbour) >= 2 * letterCount(text);

/**
 * How many short unmarked lines like block `i` sit next to it with no blank line between
 * (itself included). A headline of several words glued under a menu of one- and two-word
 * items is not one of them: only neighbours of three words or more, and two thirds of its letters, count for a long line.
 */
function runLength(header: Block[], i: number, asides: ReadonlySet<Block>): number {
  const long = wordCount(header[i]!.text) >= 4;
  // Beside a long line, only neighbours shaped like it count: a line with figures (a date the reader did not know,
  // a time) or a short label before a colon ("Source: Agency") is the story's meta, not a menu item.
  // The headline printed again (title tag and h1) is not a menu item beside it.
  // Nor is a neighbour much shorter than it: items of a list are of a size ("Science and technology" beside
  // "Culture and the arts"), and a headline says more than the menu items glued over it, in any script.
  // Line j and its neighbour towards block i stand with no blank line between.
  const glued = (j: number, step: -1 | 1) => (step < 0 ? lastLine(header[j]!) + 1 === header[j + 1]!.line : lastLine(header[j - 1]!) + 1 === header[j]!.line);
  const alike = (b: Block | undefined) =>
    isBareShort(b) &&
    !asides.has(b!) &&
    !isRepeatOf(b!.text, header[i]!.text) && (!long || (wordCount(b!.text) >= 3 && !hasDigits(b!) && !LABEL_LINE.test(b!.text) && isOfASize(b!.text, header[i]!.text))) && !(hasDigits(b!) && isFigures(b!));
  // Beside a long line, the run ends at the second unlike line on a side: one odd item (a one-word entry of a mixed
  // menu) stays inside a menu, but lines of another kind in between (the names under an imprint's labels, "Editor" /
  // "Jane Doe" / "Deputy editor" / "John Roe") part the alike lines beyond them from the headline.
  const count = (step: -1 | 1) => {
    let [alikeLines, unlike] = [0, 0];
    for (let j = i + step; j >= 0 && j < header.length && isBareShort(header[j]) && glued(j, step); j += step) {
      if (alike(header[j])) alikeLines++;
      else if (long && ++unlike > 1) break;
    }
    return alikeLines;
  };
  return 1 + count(-1) + count(1);
}

/** Score of one header line; `others` are the texts of every line of the file, for repetition and page-title agreement. */
export function scoreHeadline(
  header: Block[],
  i: number,
  others: readonly string[],
  stopwords: ReadonlySet<string> = stopwordsFor('und'),
  asides: ReadonlySet<Block> = new Set(),
  signatures: ReadonlySet<Block> = new Set(),
): number {
  const block = header[i]!;
  const text = block.text.trim();
  const ws = words(text);
  const n = ws.length;
  let score = n >= 4 && n <= 20 ? (isSlight(text) ? 1 : 2) : n === 3 ? 1 : n > 20 ? 0.5 : -1;
  // Capitalisation counts only in scripts with case: an Arabic, Hindi or Chinese headline has no capital to show.
  const first = /[\p{L}\p{N}]/u.exec(text)?.[0] ?? '';
  const caseless = !hasCase(first);
  if (caseless || /^["“«„'‘(]?[\p{Lu}\p{N}]/u.test(text)) score += 1;
  else score -= 2;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length > 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) score -= 1.5; // shouting: a menu or a label
  if (ws.filter((w) => /^\d/.test(w)).length * 2 > n) score -= 3; // mostly figures: a ticker, a counter, a date
  if (isNameList(text)) score -= 3; // a menu or a site's tagline printed with commas
  // Function words: a headline is a phrase of the language, a menu line a list of section names; a phrase
  // of almost nothing but function words ("More on this in other media") is a label, not a headline.
  const stopShare = n >= 4 ? lineEvidence(text, stopwords).stopShare : 0;
  if (stopShare >= RUNNING_TEXT_STOP_SHARE && stopShare < 0.6) score += 1;
  else if (stopShare >= 0.6) score -= 1;
  // A signature straight under the line (signaturesOf) is read as its byline: not a menu item beside it, nor text between it and the story.
  const signed = signatures.has(header[i + 1]!);
  const beside = signed ? new Set([...asides, header[i + 1]!]) : asides;
  const run = runLength(header, i, beside);
  if (run >= 3) score -= 3;
  else if (run === 2) score -= 0.5;
  // Nearness: the headline usually sits just above the text, with only bylines and dates between.
  const unmarkedAfter = header.slice(i + 1).filter((b) => b.mark === null && !isDateShaped(b.text) && !beside.has(b)).length;
  score += Math.max(0, 2 - unmarkedAfter * 0.75);
  // A byline or a date straight after it is the classic headline-then-meta pattern.
  if (isMeta(header[i + 1]) || signed) score += 1;
  if (isDateShaped(text)) score -= 4;
  let copies = 0;
  let pageTitle = false;
  const key = repeatKey(text);
  for (const o of others) {
    if (o === text || isRepeatOf(o, text, key)) copies++;
    else if (!pageTitle && isPageTitleOf(o, text)) pageTitle = true;
  }
  if (pageTitle) score += 4;
  // A phrase of four words or more printed twice is the page's title and its headline (<title> and <h1>);
  // a shorter line repeated on the page is a menu or section name.
  else if (copies > 1) score += n >= 4 ? 1 : -1;
  return score;
}
