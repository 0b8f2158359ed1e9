/**
 * The story's first line above the first block of running prose: text-start.ts finds that block by its shape, and a
 * first line too short or too open to count as prose stands over it. Two shapes, both read only straight under the
 * story's head (a line that could be the headline, past bylines, dates and other marked lines only): a short finished
 * sentence ("It was a long night."), and a sentence the prose under it completes, broken off by the page's markup ("The
 * ministry said in a statement:" over the quote, "The navy has ordered six boats," over "from a yard in the north…").
 * A menu item, a label or a caption under the headline is neither: it ends no sentence and opens none.
 */
import type { Block } from '../segment/segment';
import { isDashDateline } from '../segment/line-continuation';
import { endsMidSentence, endsSentence, startsLowercase, wordCount } from '../segment/text-shape';
import { lineEvidence, RUNNING_TEXT_STOP_SHARE } from '../segment/line-evidence';
import { isShortSentence, isTextProse, namedIn } from '../segment/running-text';
import { opensWithPromptVerb, readerNotice } from '../segment/reader-notice';
import { isTitleCandidate } from './headline-neighbours';
import { isMetaBlock } from './story-draft';

/** A full stop of any script at the end, with closing quotes: a statement, not a question, a call or a trailing link. */
const FULL_STOP_END = /(?<![.])[.。।։۔]["”»’)]*$/u;

/** A colon of any script at the end: the line introduces what follows (a quote, a list). */
const COLON_END = /[:：]\s*$/u;

/** Whether the line above `at` is the story's head: past marked lines only (bylines, dates, furniture), a line that could be the headline. */
function underHead(blocks: Block[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && blocks[k]!.mark !== null) k--;
  return k >= 0 && isTitleCandidate(blocks[k]!);
}

/** One unmarked line that is no notice or call to the reader ("Listen to this article.", "Follow us on:"). */
const isPlainLine = (b: Block | undefined): b is Block => !!b && b.mark === null && b.lines.length === 1 && readerNotice(b.text) === null && !opensWithPromptVerb(b.text);

/**
 * A short opening sentence straight above the first prose block ("It was a long night.", "Linn kasvab kiiresti."):
 * too short to count as prose, it is still the story's first line when it stands under the story's head with a date or
 * byline straight above it. It is one line closed by a full stop and a short sentence by running-text.ts. A headline
 * printed with a full stop has its date under it, not above.
 */
function isShortLead(blocks: Block[], start: number, stopwords: ReadonlySet<string>): boolean {
  const b = blocks[start - 1];
  if (!isPlainLine(b) || !FULL_STOP_END.test(b.text.trim()) || !isShortSentence(b, stopwords, namedIn(blocks.slice(start, start + 3)))) return false;
  return start >= 2 && isMetaBlock(blocks[start - 2]!) && underHead(blocks, start - 1);
}

/**
 * A sentence broken off above the first prose block: one line of four words or more, no sentence end, written like
 * running text (a stopword share like it, a capital or a caseless script at its start, hardly any figures), that either
 * introduces what follows with a colon (five words or more: "Read also:" or "Share:" is a label) or breaks off mid-phrase
 * (a comma, a dash, an open quote) or is continued by prose that opens in lower case. A place's dateline set on its own
 * line ("BRUSSELS (AP) —") holds no stopwords, a heading is shouted in capitals, and a menu or a caption ends in neither a
 * colon nor an open phrase.
 */
function isBrokenLead(blocks: Block[], start: number, stopwords: ReadonlySet<string>): boolean {
  const b = blocks[start - 1];
  if (!isPlainLine(b) || endsSentence(b.text) || !isRunningLine(b.text, stopwords)) return false;
  const t = b.text.trim();
  const open = COLON_END.test(t) ? wordCount(t) >= 5 : endsMidSentence(t) || startsLowercase(blocks[start]!.text);
  return open && underHead(blocks, start - 1);
}

/**
 * A line written like running text, whatever its end: four words or more, a stopword share like running text, a
 * capital or a caseless script at its start, hardly any figures, not shouted in capitals (a heading or a kicker, "MAIN
 * POINTS:"; a first paragraph set in capitals is long enough to be prose), and no place's dateline on its own line
 * ("BRUSSELS (AP) —", which holds no stopwords either).
 */
function isRunningLine(text: string, stopwords: ReadonlySet<string>): boolean {
  if (wordCount(text) < 4 || isDashDateline(text)) return false;
  const e = lineEvidence(text, stopwords);
  if (e.stopShare < RUNNING_TEXT_STOP_SHARE || e.figureShare >= 0.3 || (e.cased && !e.capitalised)) return false;
  const t = text.trim();
  return !(e.cased && t === t.toUpperCase());
}

/** Running-text blocks read from the first one for the page's habit of ending its paragraphs. */
const HABIT_BLOCKS = 4;

/**
 * Whether the story's paragraphs go without sentence ends (a scrape that dropped every full stop, a site that never
 * prints one): the first prose block ends in no sentence terminal, and neither does a second of the first four running
 * blocks. One open paragraph may be a quote or a list's lead-in; two of the first four are the page's habit.
 */
function dropsSentenceEnds(blocks: Block[], start: number): boolean {
  if (endsSentence(blocks[start]!.text)) return false;
  let [seen, open] = [0, 0];
  for (let k = start; k < blocks.length && seen < HABIT_BLOCKS; k++) {
    if (!isTextProse(blocks[k]!)) continue;
    seen++;
    if (!endsSentence(blocks[k]!.text)) open++;
  }
  return open >= 2;
}

/**
 * A first paragraph printed without its sentence end on a page that prints none ("The harbour board approved a second
 * pier on Monday" over paragraphs that end as bare as it): too short for prose, it is the story's first line when two
 * signals agree. Its shape is running text's (isRunningLine: four words or more, a stopword share like running text,
 * a capital or a caseless script first, hardly any figures, not shouted, no place's dateline) straight under the story's
 * head, and the paragraphs under it end without a sentence terminal too (dropsSentenceEnds). A standfirst or a teaser
 * over a story that ends its sentences is left where it is: the page's own habit says its open end means something.
 */
function isUnterminatedLead(blocks: Block[], start: number, stopwords: ReadonlySet<string>): boolean {
  const b = blocks[start - 1];
  if (!isPlainLine(b) || endsSentence(b.text) || !isRunningLine(b.text, stopwords) || !dropsSentenceEnds(blocks, start)) return false;
  return underHead(blocks, start - 1);
}

/** Where the story's text starts, given the first prose block `start`: `start`, or the block above it when that is the story's first line. */
export function leadAbove(blocks: Block[], start: number, stopwords: ReadonlySet<string>): number {
  return isShortLead(blocks, start, stopwords) || isBrokenLead(blocks, start, stopwords) || isUnterminatedLead(blocks, start, stopwords) ? start - 1 : start;
}
