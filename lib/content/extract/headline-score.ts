/**
 * The headline by evidence, not position. Every unmarked short line above the
 * first body paragraph is scored on what headlines look like on any site: a
 * length of a few words to a couple of dozen, a capital first letter without
 * shouting, no trailing full stop, nearness to the body, and agreement with a
 * page-title line elsewhere in the scrape ("<headline> - Site name"). Lines in a
 * run of short lines (a menu), lines repeated elsewhere on the page and lines
 * made of figures lose points. A title is derived only when no line qualifies.
 */
import type { Block } from '../segment/segment';
import { hasCase, isTitleShaped, wordCount, words } from '../segment/text-shape';
import { hasUnspacedScript } from './script';
import { lineEvidence, RUNNING_TEXT_STOP_SHARE, stopwordsFor } from '../segment/line-evidence';
import { headlineOfTitleLine, stripGluedLabel } from './title-line';
import { headlineBelowMenu } from './headline-below-menu';
import { isMastheadOverHeadline } from './headline-masthead';
import { hasPageTitle, isPageTitleOf } from './page-title';
import { asidesOf, isDateShaped, isMeta, isNameList, isStoryMeta, isTitleCandidate, lastLine, letterCount, signaturesOf } from './headline-neighbours';
import { stripMarks } from '../fold-text';

export { headlineField, stripSiteSuffix } from './title-line';
export { isDateShaped } from './headline-neighbours';
export { isPageTitleOf } from './page-title';

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
/** A line's words with case, marks (Arabic vowel signs, accents) and punctuation set aside: how a repeat is recognised. */
const repeatKey = (text: string) => words(stripMarks(text)).join(' ').toLowerCase();

/**
 * Whether `line` is `headline` printed again (the page's title tag and its h1) with small differences: the same
 * words once case, marks and punctuation are set aside. `key` is repeatKey(headline), when the caller has it.
 * Such differences change the length by a few characters, so other lines are not measured.
 */
export function isRepeatOf(line: string, headline: string, key?: string): boolean {
  if (line === headline || Math.abs(line.length - headline.length) > 3) return false;
  const k = key ?? repeatKey(headline);
  return wordCount(k) >= 4 && repeatKey(line) === k;
}

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

/** The header's headline (null when none qualifies) and its page-title copies ("<headline> | Site"). */
export type HeadlinePick = { headline: Block | null; pageTitles: Block[]; text: string | null };


/** Letters a standfirst has at least where words are long (Malayalam, Finnish): what twelve words have in English. */
const STANDFIRST_LETTERS = 60;

/**
 * Whether `lower` is a standfirst under the headline `upper`: twelve words or more, twice as many as the headline. Where
 * words are long and few (Kannada, Malayalam, Turkish write a phrase in one word) letters tell it too: sixty letters or
 * more, with marks, and twice the headline's.
 */
function isStandfirstOf(lower: string, upper: string): boolean {
  const [n, m] = [wordCount(lower), wordCount(upper)];
  if (n >= 12 && n >= 2 * m) return true;
  const [l, k] = [letterCount(lower), letterCount(upper)];
  return l >= STANDFIRST_LETTERS && l >= 2 * k;
}

/** The copy of the headline at `at` printed again further down that qualifies too (the h1 under the title tag): the one nearer the text. */
function nearestCopy(header: Block[], at: number, scores: readonly number[]): number {
  const key = repeatKey(header[at]!.text);
  let nearest = at;
  for (let i = at + 1; i < header.length; i++) if (scores[i]! >= HEADLINE_THRESHOLD && isRepeatOf(header[i]!.text, header[at]!.text, key)) nearest = i;
  return nearest;
}

/**
 * The best-scoring header line that qualifies as the headline, and the header lines that repeat it with a site suffix.
 * Order on the page then corrects what the scores cannot see: a headline stands above the byline and date, and a
 * line under those is a photo caption or a standfirst — unless the page's title line names it.
 */
export function pickHeadline(header: Block[], others: readonly string[] = [], stopwords: ReadonlySet<string> = stopwordsFor('und')): HeadlinePick {
  const candidates = header.filter((b) => b.mark === null && isTitleShaped(b.text) && wordCount(b.text) >= 2);
  const texts = candidates.map((b) => b.text.trim());
  const pageTitles = candidates.filter((b) => texts.some((t) => isPageTitleOf(b.text.trim(), t)));
  const asides = asidesOf(header, others);
  const signatures = signaturesOf(header);
  const scores = header.map((block, i) =>
    candidates.includes(block) && !pageTitles.includes(block) && !asides.has(block) ? scoreHeadline(header, i, others, stopwords, asides, signatures) : -Infinity,
  );
  // The headline says the most of the short lines above the text: the candidate with the most letters (four words or more) gains a point.
  let longest = -1;
  header.forEach((b, i) => {
    if (scores[i] !== -Infinity && wordCount(b.text) >= 4 && (longest < 0 || letterCount(b.text) > letterCount(header[longest]!.text))) longest = i;
  });
  if (longest >= 0) scores[longest] = scores[longest]! + 1;
  const bestOf = (from: number, to: number): number => {
    let at = -1;
    // On a tie the later line wins: it is nearer the text.
    for (let i = from; i < to; i++) if (scores[i]! >= HEADLINE_THRESHOLD && (at < 0 || scores[i]! >= scores[at]!)) at = i;
    return at;
  };
  let at = bestOf(0, header.length);
  if (at < 0) return { headline: null, pageTitles, text: null };
  // The page names its headline (its title line, a breadcrumb's end, a share line): a qualifying line it names wins over
  // one it does not, however long (a caption, a teaser).
  if (!hasPageTitle(header[at]!.text.trim(), others)) {
    const named = header.findLastIndex((b, i) => scores[i]! >= HEADLINE_THRESHOLD && hasPageTitle(b.text.trim(), others));
    if (named >= 0) at = named;
  }
  // A site's name over the date at the top of the page is no headline, however it scores: the qualifying line under the date,
  // straight over the story, is (headline-masthead.ts).
  const last = header.findLastIndex((b) => b.mark === null);
  const overHeadline = (upper: number) => last > upper && scores[last]! >= HEADLINE_THRESHOLD && isMastheadOverHeadline(header, upper, last, others);
  if (overHeadline(at)) at = last;
  at = headlineBelowMenu(header, nearestCopy(header, at, scores), others);
  // A headline with its standfirst under it: the block straight above the best one qualifies too and is shorter.
  const above = header[at - 1];
  // The upper line must qualify once the standfirst's weight on it (one more line before the text, a run of two) is taken off.
  if (above && scores[at - 1]! + 1.25 >= HEADLINE_THRESHOLD && isStandfirstOf(header[at]!.text, above.text) && !hasPageTitle(header[at]!.text.trim(), others)) at -= 1;
  if (hasPageTitle(header[at]!.text.trim(), others)) return { headline: header[at]!, pageTitles, text: header[at]!.text };
  const firstMeta = header.findIndex((_, i) => isStoryMeta(header, i));
  if (firstMeta >= 0 && at > firstMeta) {
    // The headline printed again under its byline and date (the page's h1 under its title) stays where it is: its other copy
    // stands above them, so it is no caption or standfirst.
    const key = repeatKey(header[at]!.text);
    const printedAbove = header.some((b, i) => i < firstMeta && candidates.includes(b) && (b.text.trim() === header[at]!.text.trim() || isRepeatOf(b.text, header[at]!.text, key)));
    const aboveMeta = printedAbove ? at : bestOf(0, firstMeta);
    // A site's name over the date, at the top of the page, is no headline: the line under the date stays (headline-masthead.ts).
    if (aboveMeta >= 0 && !(at === last && overHeadline(aboveMeta))) at = aboveMeta;
  }
  return { headline: header[at]!, pageTitles, text: stripGluedLabel(headlineOfTitleLine(header[at]!.text, others), others, stopwords) };
}
