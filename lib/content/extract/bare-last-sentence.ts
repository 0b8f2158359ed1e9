/**
 * The story's last paragraph when the readers of short sentences (layout.ts, running-text.ts isShortSentence) cannot
 * see one: one short sentence straight under the last paragraph that a scrape printed bare ("Police are still
 * investigating"), or closed by a mark those readers do not weigh (Tibetan's shad ། , a full stop on a page whose
 * language no stopword list measures). A line that reads as a sentence stays in the story unless its shape is certainly
 * furniture, so it is kept when, measured by signals every language has and by the page itself (story-voice.ts):
 * - its shape reads as a sentence: three to nineteen words on one line, capitalised as a sentence and not as a title,
 *   one sentence, not a question or a call, nothing a label, a link, a date or a credit has (colon, figure, quote);
 * - it is written in the story's voice: a word of the story at least (its inflected forms count), and one of the page's
 *   function words (the story's most repeated short words, or the language's stopwords where a list has them) or, on a
 *   page no list measures, two of the story's words; a line of three or four words shares a word in lower case (a
 *   section link names a place: "Más noticias de Madrid"); a line the stopword lists read as the story's (a running-text
 *   share and a stem of the story or its headline) is kept too, as it was before the voice was measured;
 * - it is not another story's or the site's: every capitalised word after its first is a word the story wrote, in this
 *   form or another (a call names a platform, "Follow us on Telegram"; a related headline another story's people), and
 *   the page does not print it again (a slogan, a pitch);
 * - its place: straight under the last paragraph and above every cut an end finder made (layout.ts), with such a cut, a
 *   line the segmenter marked as certain furniture (a share row, a signature), a label ("Tags:") or a related-stories
 *   block cut off first straight under it. A related headline stands in a run of other headlines or over its date, a
 *   caption over its credit: neither is kept; nor is the page's last line, where a call to the reader or a slogan stands
 *   as often (on the blind lookalike pages, three such calls were kept when it was). Under a short line that is not
 *   text and not a credit but is no certain furniture either (an unmarked button or label of at most four words, a
 *   "Word:" label), the sentence must say two of the story's words: one is as often the page's notice about itself.
 */
import type { Block } from '../segment/segment';
import { isPhotoCreditBlock } from '../segment/credit-rules';
import { labelAndRest } from '../segment/label-shape';
import { lineEvidence, RUNNING_TEXT_STOP_SHARE } from '../segment/line-evidence';
import { isTextProse, namedIn, stemsUsed } from '../segment/running-text';
import { endsMidSentence, endsSentence, endsWithScriptStop, wordCount, words } from '../segment/text-shape';
import { storyVoice, type StoryVoice, usesStoryWord, voiceMatch } from './story-voice';
import { storyStems } from './story-words';
import { goesOnFromStory, isPromptLine, isShortLineList, listsNoneAlike } from './section-under';

/** The fewest words such a sentence has (two closed by a full stop are read by line-evidence.ts isBriefStatement). */
const MIN_WORDS = 3;
/** The fewest words of a bare line the stopword lists alone read as a sentence (readsAsStoryByLists). */
const OLD_MIN_WORDS = 5;
/** Up to this many words a line shares a word of the story in lower case: a shorter line names a section or a place. */
const SHORT_LINE = 4;
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
 * Whether the line is shaped as one sentence, read before anything else is counted: bare, or closed by a full stop (not
 * a question or an exclamation) or by its script's sentence mark (a Tibetan shad). See the module comment.
 */
function isSentenceShaped(b: Block, stopwords: ReadonlySet<string>): boolean {
  if (b.mark !== null || b.lines.length !== 1) return false;
  const text = b.text.trim();
  if (text.length > 160 || NOT_A_SENTENCE.test(text) || INNER_END.test(text)) return false;
  const stopped = endsWithScriptStop(text) || (endsSentence(text) && !ASKS_OR_CALLS.test(text));
  if (stopped ? false : endsSentence(text) || endsMidSentence(text)) return false;
  const e = lineEvidence(text, stopwords);
  if (e.wordCount < MIN_WORDS || e.wordCount > MAX_WORDS || (e.cased && !e.capitalised)) return false;
  return !(e.cased && isTitleCase(text.split(/\s+/u)));
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

/** A furniture line's label: up to thirty characters of anything before a colon (label-shape.ts), its words counted here. */
const FURNITURE_LABEL = { chars: 30 };

/** A tag list behind its label: a label of one or two words, a colon, then two items or more of at most three words, parted by commas ("Etiquetas: albergue, barrio norte"). */
function isLabelledList(b: Block): boolean {
  const m = labelAndRest(b.text.trim(), FURNITURE_LABEL);
  if (m === null || m.rest === '' || b.lines.length !== 1 || wordCount(m.label) > 2 || endsSentence(m.rest)) return false;
  const items = m.rest.split(/\s*[,،、]\s*/u);
  return items.length >= 2 && items.every((item) => wordCount(item) >= 1 && wordCount(item) <= 3);
}

/**
 * A label alone, which heads what the page lists under it: one to three words and a colon ("Tags:", "Etiquetas:"), with
 * nothing under it, furniture, or a list (items parted by commas or bars). A name alone under it is a credit's ("Foto:"
 * over "Ann Lee"), which a caption stands over.
 */
function isLabelAlone(b: Block, after: Block | undefined): boolean {
  if (b.lines.length !== 1 || labelAndRest(b.text.trim(), { chars: Infinity })?.rest !== '' || wordCount(b.text) > 3) return false;
  return after === undefined || (after.mark !== null && !isPhotoCreditBlock(after)) || /[,،、|·•]/u.test(after.text);
}

/** Certain furniture or meta under the sentence (`after` is the block under it): marked so (isMarkedFurniture), a tag list behind its label, or a label alone, neither a credit. */
const isCertainFurniture = (b: Block, after: Block | undefined) => isMarkedFurniture(b) || (!isPhotoCreditBlock(b) && (isLabelledList(b) || isLabelAlone(b, after)));

/**
 * A short line under the sentence that is not text: a button, a label or a heading of what follows (at most four
 * words, or a label with its colon), never a photo's credit, which a caption stands over, nor a date or a figure,
 * which a teaser's headline stands over.
 */
const isShortFurniture = (b: Block) =>
  (b.mark === null || b.mark.kind === 'furniture') && !isTextProse(b) && !isPhotoCreditBlock(b) && !/\p{Nd}/u.test(b.text) && b.lines.length === 1 && (wordCount(b.text) <= 4 || labelAndRest(b.text.trim(), FURNITURE_LABEL) !== null);

/**
 * The story's words, read once for the line under it from its blocks `first` to `last`: the words it writes capitalised
 * (namedIn), its voice (story-voice.ts), and on first use its content stems with its headline's (story-words.ts) and
 * whether the stopword lists measure its language.
 */
type StoryReading = { named: (word: string) => boolean; voice: StoryVoice; stems: () => ReadonlySet<string>; measured: () => boolean };

function readStory(blocks: readonly Block[], first: number, last: number, stopwords: ReadonlySet<string>): StoryReading {
  const story = blocks.slice(first, last + 1);
  const texts = story.map((x) => x.text);
  let stems: ReadonlySet<string> | null = null;
  let measured: boolean | null = null;
  return {
    named: namedIn(story),
    voice: storyVoice(texts),
    stems: () => (stems ??= storyStems(blocks, first, last, stopwords)),
    measured: () => (measured ??= lineEvidence(texts.join(' '), stopwords).stopShare >= RUNNING_TEXT_STOP_SHARE),
  };
}

/**
 * Whether the block right under the story's last block `last` is its last paragraph printed without a full stop (see the
 * module comment). `end` is the first block an end finder cut off (layout.ts), the page's length when none did;
 * `cutBelow` says a related-stories block the page printed under the blocks was cut off first.
 */
export function isBareLastSentence(blocks: readonly Block[], first: number, last: number, end: number, stopwords: ReadonlySet<string>, cutBelow = false): boolean {
  const b = blocks[last + 1];
  if (b === undefined || last + 1 >= end || !isSentenceShaped(b, stopwords)) return false;
  // The page's end alone does not place it: a call to the reader or a slogan closes many pages as their last line.
  const next = blocks[last + 2];
  const cut = last + 2 === end && end < blocks.length;
  const certain = cut || (next === undefined ? cutBelow : isCertainFurniture(next, blocks[last + 3]));
  // A block of short lines (a tag list) or a call to the reader shorter than the line heads a section under it (section-under.ts), as a button or a label does.
  const heading = next !== undefined && (isShortFurniture(next) || isShortLineList(next) || (isPromptLine(next) && wordCount(next.text) < wordCount(b.text)));
  if (!certain && !heading) return false;
  // A name the story never wrote is a platform, an outlet or another story's ("Follow us on Telegram", a related headline).
  const story = readStory(blocks, first, last, stopwords);
  const ws = words(b.text);
  if (ws.slice(1).some((w) => /^\p{Lu}/u.test(w) && !story.named(w) && !usesStoryWord(w, story.voice))) return false;
  // A line the page prints again is the site's (a slogan, a pitch, a prompt), not the story's last sentence.
  const text = b.text.trim();
  if (blocks.some((x, k) => k !== last + 1 && x.text.trim() === text)) return false;
  const m = voiceMatch(text, story.voice, stopwords);
  // Over a short line that is not certain furniture (a button, a label), the sentence says two of the story's words.
  // One word is enough when the line goes on from the story and the section's entries are not in its shape (section-under.ts).
  if (!certain) {
    if (m.shared.length >= 2 && (ws.length > SHORT_LINE || m.shared.some((w) => !/^\p{Lu}/u.test(w)))) return true;
    return goesOnFromStory(text, m, stopwords, story.measured()) && listsNoneAlike(blocks, last + 3, end, ws.length);
  }
  if (ws.length > SHORT_LINE || m.shared.some((w) => !/^\p{Lu}/u.test(w))) {
    // Where the lists measure the story's language, a sentence has one of its function words; elsewhere two of the story's words do.
    if (m.shared.length > 0 && (m.functionWords > 0 || (m.shared.length >= 2 && !story.measured()))) return true;
  }
  return readsAsStoryByLists(text, story, stopwords);
}

/**
 * The lists' reading, which the story's voice widens and never narrows: a line of five words or more (three closed by
 * a full stop) with a running-text share of stopwords (waived for a closed sentence on a page the lists do not
 * measure) and a content stem of the story or its headline (story-words.ts).
 */
function readsAsStoryByLists(text: string, story: StoryReading, stopwords: ReadonlySet<string>): boolean {
  const e = lineEvidence(text, stopwords);
  const stopped = endsWithScriptStop(text) || endsSentence(text);
  if (e.wordCount < (stopped ? MIN_WORDS : OLD_MIN_WORDS)) return false;
  if (e.stopShare < RUNNING_TEXT_STOP_SHARE && (!stopped || story.measured())) return false;
  return stemsUsed(text, story.stems(), stopwords).length > 0;
}
