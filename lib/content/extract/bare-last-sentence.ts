/**
 * The story's last paragraph when the readers of short sentences (layout.ts, running-text.ts isShortSentence) cannot
 * see one: one short sentence straight under the last paragraph that a scrape printed bare ("Police are still
 * investigating the cause of the fire"), or closed by a mark those readers do not weigh: its script's sentence mark that
 * Unicode leaves out of Sentence_Terminal (Tibetan's shad ། ), or a full stop on a page whose language no stopword list
 * measures (a three-word Amharic sentence closed by ። has no stopword share to show). Its shape alone is a headline's
 * or a link's, and furniture under a story has that shape as often (a related headline, a caption, a prompt), so three
 * signals must agree, none of them a word of any language:
 * - its shape reads as a sentence: five to nineteen words on one line (three when a full stop closes it), a running-text
 *   share of stopwords (waived for a closed sentence where the story's own text does not reach that share either),
 *   capitalised as a sentence and not as a title, one sentence, not a question or a call, nothing a label, a link or a
 *   date has;
 * - it goes on with the story: one of its content words at least is the story's or its headline's (story-words.ts),
 *   and every capitalised word after its first is a name the story wrote: a call names a platform ("Follow us on
 *   Telegram"), a related headline another story's people (a last sentence adds a fact, so one shared word is enough);
 * - its place: straight under the last paragraph and above every cut an end finder made (layout.ts), with such a cut
 *   or a line the segmenter marked as certain furniture (a share row, a tag list, a signature) straight under it. A
 *   related headline stands in a run of other headlines or over its date, a caption over its credit: neither is kept;
 *   nor is the page's last line, where a call to the reader or a slogan stands as often (on the blind lookalike pages,
 *   three such calls were kept when it was).
 */
import type { Block } from '../segment/segment';
import { lineEvidence, RUNNING_TEXT_STOP_SHARE } from '../segment/line-evidence';
import { contentStems, namedIn } from '../segment/running-text';
import { endsMidSentence, endsSentence, endsWithScriptStop, wordCount, words } from '../segment/text-shape';
import { storyStems } from './story-words';

/** The fewest words such a sentence has: a shorter line is a button, a label or a call ("Share this news with friends"). */
const MIN_WORDS = 5;
/** The fewest words of a sentence closed by its full stop (two are read by line-evidence.ts isBriefStatement). */
const MIN_STOPPED_WORDS = 3;
/** The most: twenty words or more read as running text already (text-shape.ts isProse). */
const MAX_WORDS = 19;

/** What a label, a link, a date or a credit holds and a bare sentence of the story does not: a colon, a figure, a URL or handle, ©, a bullet or bar. */
const NOT_A_SENTENCE = /[:：|·•©@#/\\<>«»"“”„\p{Nd}]|\.\.\.|…/u;

/** Whether most of a cased line's words are capitalised (three or more): a headline's Title Case, not a sentence. */
function isTitleCase(words: readonly string[]): boolean {
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised >= 3 && capitalised * 2 > words.length;
}

/** A question or an exclamation mark at the line's end (then closing marks), which a call to the reader ends on as often. */
const ASKS_OR_CALLS = /[!?！？‼⁇⁈⁉՜՞؟߹፧][^\p{L}\p{M}\p{N}]*$/u;
/** A sentence end inside the line, before another sentence: a notice of two ("All rights reserved. Printed in…"). */
const INNER_END = /[\p{Sentence_Terminal}]\s+\S/u;

/**
 * The line's shape, read before anything else is counted: 'bare' for a sentence without its end, 'stopped' for one
 * closed by a full stop that the readers of short sentences (running-text.ts isShortSentence) measure by stopwords
 * alone, or by its script's sentence mark (a Tibetan shad), null for any other shape. See the module comment.
 */
function sentenceShape(b: Block, stopwords: ReadonlySet<string>): { kind: 'bare' | 'stopped'; stopShare: number } | null {
  if (b.mark !== null || b.lines.length !== 1) return null;
  const text = b.text.trim();
  if (text.length > 160 || NOT_A_SENTENCE.test(text) || INNER_END.test(text)) return null;
  const stopped = endsWithScriptStop(text) || (endsSentence(text) && !ASKS_OR_CALLS.test(text));
  if (stopped ? false : endsSentence(text) || endsMidSentence(text)) return null;
  const e = lineEvidence(text, stopwords);
  if (e.wordCount < (stopped ? MIN_STOPPED_WORDS : MIN_WORDS) || e.wordCount > MAX_WORDS || (e.cased && !e.capitalised)) return null;
  return e.cased && isTitleCase(text.split(/\s+/u)) ? null : { kind: stopped ? 'stopped' : 'bare', stopShare: e.stopShare };
}

/** A year in a credit line: the page's copyright ("© 2026 The Harbour Ledger"), not a photo's credit ("Photo: Reuters"). */
const YEAR = /(?<!\p{Nd})(?:19|20)\p{Nd}{2}(?!\p{Nd})/u;

/**
 * Furniture under the sentence: a line the segmenter marked as such on more than one weak signal, a related-stories
 * marker or a signature, but not a photo's credit, which a caption stands over (a copyright line with its year is the
 * page's footer, not a credit), nor a date, which a teaser's headline stands over as often.
 */
const isMarkedFurniture = (b: Block) =>
  b.mark !== null &&
  b.mark.kind !== 'dateline' &&
  b.mark.kind !== 'stamp' &&
  !(b.mark.kind === 'furniture' && (b.mark.weak === true || (b.mark.reason === 'photo-credit' && !YEAR.test(b.text))));

/** A tag list behind its label: a label of one or two words, a colon, then two items or more of at most three words, parted by commas ("Etiquetas: albergue, barrio norte"). */
function isLabelledList(b: Block): boolean {
  const m = /^([^:：]{1,30})[:：]\s*(.+)$/u.exec(b.text.trim());
  if (m === null || b.lines.length !== 1 || wordCount(m[1]!) > 2 || endsSentence(m[2]!)) return false;
  const items = m[2]!.split(/\s*[,،、]\s*/u);
  return items.length >= 2 && items.every((item) => wordCount(item) >= 1 && wordCount(item) <= 3);
}

/** Certain furniture or meta under the sentence: marked so (isMarkedFurniture), or a tag list behind its label. */
const isCertainFurniture = (b: Block) => isMarkedFurniture(b) || isLabelledList(b);

/**
 * Whether the block right under the story's last block `last` is its last paragraph printed without a full stop (see the
 * module comment). `end` is the first block an end finder cut off (layout.ts), the page's length when none did.
 */
export function isBareLastSentence(blocks: readonly Block[], first: number, last: number, end: number, stopwords: ReadonlySet<string>): boolean {
  const b = blocks[last + 1];
  const shape = b === undefined || last + 1 >= end ? null : sentenceShape(b, stopwords);
  if (b === undefined || shape === null) return false;
  // The page's end alone does not place it: a call to the reader or a slogan closes many pages as their last line.
  const next = blocks[last + 2];
  const cut = last + 2 === end && end < blocks.length;
  if (!cut && (next === undefined || !isCertainFurniture(next))) return false;
  // A name the story never wrote is a platform, an outlet or another story's ("Follow us on Telegram", a related headline).
  const named = namedIn(blocks.slice(first, last + 1));
  if (words(b.text).slice(1).some((w) => /^\p{Lu}/u.test(w) && !named(w))) return false;
  // Running text's share of stopwords, unless the lists do not measure the page: its story's own text falls short of it
  // (a language without a list, a script none covers), and a sentence closed by its full stop is read by its mark alone.
  const measured = () => lineEvidence(blocks.slice(first, last + 1).map((x) => x.text).join(' '), stopwords).stopShare >= RUNNING_TEXT_STOP_SHARE;
  if (shape.stopShare < RUNNING_TEXT_STOP_SHARE && (shape.kind === 'bare' || measured())) return false;
  const story = storyStems(blocks, first, last, stopwords);
  return [...contentStems(b.text, stopwords)].some((w) => story.has(w));
}
