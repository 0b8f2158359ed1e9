/**
 * The story's last paragraph printed without its full stop: one short sentence straight under the last paragraph that
 * a scrape printed bare ("Police are still investigating the cause of the fire"), or closed with a mark of its script
 * that Unicode does not count as a sentence terminal (Tibetan's shad ། ). Its shape alone is a headline's or a link's,
 * and furniture under a story has that shape as often (a related headline, a caption, a prompt), so three signals must
 * agree, none of them a word of any language:
 * - its shape reads as running text: four to nineteen words on one line, a running-text share of stopwords (or a
 *   sentence mark of its script), capitalised as a sentence and not as a title, nothing a label, a link or a date has;
 * - it goes on with the story: one of its content words at least is the story's or its headline's (story-words.ts),
 *   and every capitalised word after its first is a name the story wrote: a call names a platform ("Follow us on
 *   Telegram"), a related headline another story's people (a last sentence adds a fact, so one shared word is enough);
 * - its place: straight under the last paragraph, with a cut an end finder made (layout.ts) or a line the segmenter
 *   marked as certain furniture or meta (a share row, a date, a byline) straight under it. A related headline stands in
 *   a run of other headlines, a caption over its credit: neither is kept; nor is the page's last line, where a call to
 *   the reader or a slogan stands as often (on the blind lookalike pages, three such calls were kept when it was).
 */
import type { Block } from '../segment/segment';
import { lineEvidence, RUNNING_TEXT_STOP_SHARE } from '../segment/line-evidence';
import { contentStems, namedIn } from '../segment/running-text';
import { endsMidSentence, endsSentence, endsWithScriptStop, wordCount, words } from '../segment/text-shape';
import { storyStems } from './story-words';

/** The fewest words such a sentence has: a shorter line is a button, a label or a call ("Share this news with friends"). */
const MIN_WORDS = 5;
/** The most: twenty words or more read as running text already (text-shape.ts isProse). */
const MAX_WORDS = 19;

/** What a label, a link, a date or a credit holds and a bare sentence of the story does not: a colon, a figure, a URL or handle, ©, a bullet or bar. */
const NOT_A_SENTENCE = /[:：|·•©@#/\\<>«»"“”„\p{Nd}]|\.\.\.|…/u;

/** Whether most of a cased line's words are capitalised (three or more): a headline's Title Case, not a sentence. */
function isTitleCase(words: readonly string[]): boolean {
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised >= 3 && capitalised * 2 > words.length;
}

/** The shape of a bare sentence: see the module comment. `marked`: it ends with its script's sentence mark. */
function bareSentenceShape(b: Block, stopwords: ReadonlySet<string>): boolean {
  if (b.mark !== null || b.lines.length !== 1) return false;
  const text = b.text.trim();
  if (text.length > 160 || endsSentence(text) || NOT_A_SENTENCE.test(text)) return false;
  const marked = endsWithScriptStop(text);
  if (!marked && endsMidSentence(text)) return false;
  const e = lineEvidence(text, stopwords);
  if (e.wordCount < MIN_WORDS || e.wordCount > MAX_WORDS || (e.cased && !e.capitalised)) return false;
  if (!marked && e.stopShare < RUNNING_TEXT_STOP_SHARE) return false;
  return !e.cased || !isTitleCase(text.split(/\s+/u));
}

/** A year in a credit line: the page's copyright ("© 2026 The Harbour Ledger"), not a photo's credit ("Photo: Reuters"). */
const YEAR = /(?<!\p{Nd})(?:19|20)\p{Nd}{2}(?!\p{Nd})/u;

/**
 * Certain furniture or meta under the sentence: a line the segmenter marked on more than one weak signal, but not a
 * photo's credit, which a caption stands over (a copyright line with its year is the page's footer, not a credit).
 */
const isMarkedFurniture = (b: Block) =>
  b.mark !== null && !(b.mark.kind === 'furniture' && (b.mark.weak === true || (b.mark.reason === 'photo-credit' && !YEAR.test(b.text))));

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
 * module comment). `end` is where an end finder cut the text (the page's length when none did).
 */
export function isBareLastSentence(blocks: readonly Block[], first: number, last: number, end: number, stopwords: ReadonlySet<string>): boolean {
  const b = blocks[last + 1];
  if (b === undefined || last + 1 >= end || !bareSentenceShape(b, stopwords)) return false;
  // The page's end alone does not place it: a call to the reader or a slogan closes many pages as their last line.
  const next = blocks[last + 2];
  const cut = last + 2 === end && end < blocks.length;
  if (!cut && (next === undefined || !isCertainFurniture(next))) return false;
  // A name the story never wrote is a platform, an outlet or another story's ("Follow us on Telegram", a related headline).
  const named = namedIn(blocks.slice(first, last + 1));
  if (words(b.text).slice(1).some((w) => /^\p{Lu}/u.test(w) && !named(w))) return false;
  const story = storyStems(blocks, first, last, stopwords);
  return [...contentStems(b.text, stopwords)].some((w) => story.has(w));
}
