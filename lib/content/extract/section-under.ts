/**
 * The story's last line printed without its full stop, weighed against the section that opens under it
 * (bare-last-sentence.ts): a heading, a label or a call to the reader, then its entries. The last paragraph goes on from
 * the story (it writes one of the story's words in lower case, in the story's running-text voice, and names nothing
 * the story did not: no capitalised word after its first); the section's heading is shorter and is no sentence; and
 * the entries under the heading are not lines in the last paragraph's shape, as the other headlines of a related list
 * under a first one would be. All three are shape, read the same in every language; the prompt verbs of
 * reader-notice.ts only add evidence that a line is a call to the reader, never that a line is the story's.
 */
import type { Block } from '../segment/segment';
import { lineEvidence, RUNNING_TEXT_STOP_SHARE } from '../segment/line-evidence';
import { opensWithPromptVerb, readerNotice } from '../segment/reader-notice';
import { isTextProse } from '../segment/running-text';
import { wordCount, words } from '../segment/text-shape';
import type { VoiceMatch } from './story-voice';

/** The fewest words of a last paragraph read this way: a line of three or four words names a section or a place as often. */
const MIN_WORDS = 5;
/** How many blocks under the section's heading are read for entries in the last paragraph's shape. */
const LOOK_BELOW = 3;

/** A call to subscribe, follow or share on one line that is not text: the heading of a prompt box ("Sign up for our newsletter"). */
export const isPromptLine = (b: Block): boolean =>
  (b.mark === null || b.mark.kind === 'furniture') && b.lines.length === 1 && !isTextProse(b) && opensWithPromptVerb(b.text);

/** Up to this many words a line of a list block is a tag, a link or a button ("Tags" over "village hall" over "council"). */
const LIST_ENTRY = 4;

/** A block of short lines the segmenter kept together, none a sentence nor with a figure: a tag list or a row of links. */
export const isShortLineList = (b: Block): boolean =>
  b.mark === null && b.lines.length >= 2 && b.lines.every((l) => wordCount(l.text) <= LIST_ENTRY && !/[\p{Nd}\p{Sentence_Terminal}]/u.test(l.text));

/**
 * Whether the line goes on from the story: five words or more, no capitalised word after its first (in a cased script),
 * one of the story's words in lower case and one of its function words (`m`, story-voice.ts), running text's share of
 * stopwords where the lists measure the story's language (`measured`), and no call to the reader by its words.
 */
export function goesOnFromStory(text: string, m: VoiceMatch, stopwords: ReadonlySet<string>, measured: boolean): boolean {
  const ws = words(text);
  if (ws.length < MIN_WORDS || ws.slice(1).some((w) => /^\p{Lu}/u.test(w))) return false;
  if (!m.shared.some((w) => !/^\p{Lu}/u.test(w)) || m.functionWords === 0) return false;
  if (measured && lineEvidence(text, stopwords).stopShare < RUNNING_TEXT_STOP_SHARE) return false;
  return !opensWithPromptVerb(text) && readerNotice(text) === null;
}

/**
 * An entry in the shape of a line of `n` words: an unmarked line of text that is not a sentence, of half as many words
 * or more (five at least) — a headline of the same list.
 */
const isAlike = (b: Block, n: number) =>
  b.mark === null && b.lines.length === 1 && !isTextProse(b) && wordCount(b.text) >= Math.max(MIN_WORDS, Math.ceil(n / 2));

/**
 * Whether the section under a line of `n` words, whose heading is the block at `at - 1`, lists no entry in that line's
 * shape among its first blocks above `end` (the first block an end finder cut off).
 */
export function listsNoneAlike(blocks: readonly Block[], at: number, end: number, n: number): boolean {
  return blocks.slice(at, Math.min(end, at + LOOK_BELOW)).every((b) => !isAlike(b, n));
}
