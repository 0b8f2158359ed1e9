/**
 * A note set apart under the story: the page's word on the text, not the text's own last sentence. Editors print it
 * as a sentence wrapped whole in brackets ("(This text was translated from Catalan by our desk.)") or led by a
 * footnote mark ("* The author writes on transport for the paper."): a translation or update notice, a disclaimer, a
 * writer's bio. Three signals every language has must agree: that shape, which no other block of the story has; its
 * place, the text's last block with nothing but the page's furniture under it; and its words, none of which the
 * story's paragraphs or headline use (a story's closing aside in brackets speaks of what the story does). The
 * words of no language decide.
 */
import type { Block } from '../segment/segment';
import { contentStems, isTextProse } from '../segment/running-text';
import { endsSentence, wordCount } from '../segment/text-shape';
import { storyStems } from './story-words';

/** A note is a sentence of at least this many words. */
const MIN_NOTE_WORDS = 4;
/** And at most this many: a longer block in brackets is a passage of the story's own. */
const MAX_NOTE_WORDS = 40;
/** At most this many notes in a row end the text (a translation notice over a disclaimer). */
const MAX_NOTES = 2;
/** The story above the notes holds at least this many prose blocks: a page of two lines is not read this way. */
const MIN_STORY_BLOCKS = 2;
/** A note's content words at least, for their absence from the story to say anything. */
const MIN_CONTENT_WORDS = 2;

/** Brackets that set a note apart, opening to closing. Quote marks are not among them: a closing quote is the story's. */
const CLOSING: Readonly<Record<string, string>> = { '(': ')', '[': ']', '（': '）', '【': '】', '［': '］' };
/** Marks a footnote opens with: an asterisk of either shape, a dagger, a reference mark. */
const FOOTNOTE_MARK = /^([*∗⁎†‡※])(?![*∗⁎†‡※])\s*\p{L}/u;

/**
 * The shape that sets a line apart, or null: 'bracket' when one pair of brackets wraps the whole line (the opening
 * one closes at the line's last character: "(A) and (B)" is no wrapped line), or the footnote mark it opens with.
 */
export function setApartShape(text: string): string | null {
  const t = text.trim();
  const close = CLOSING[t[0] ?? ''];
  if (close === undefined) return FOOTNOTE_MARK.exec(t)?.[1] ?? null;
  if (!t.endsWith(close)) return null;
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === t[0]) depth++;
    else if (t[i] === close && --depth === 0 && i < t.length - 1) return null;
  }
  return depth === 0 ? 'bracket' : null;
}

/** A note's shape on one unmarked line: a sentence of four to forty words set apart by brackets or a footnote mark. */
function noteShape(b: Block): string | null {
  if (b.mark !== null || b.lines.length !== 1) return null;
  // The shape first: its first character rules out nearly every line.
  const shape = setApartShape(b.text);
  if (shape === null) return null;
  const n = wordCount(b.text);
  return n >= MIN_NOTE_WORDS && n <= MAX_NOTE_WORDS && endsSentence(b.text) ? shape : null;
}

/**
 * The index of the first note set apart at the end of the story's text, or -1: one or two one-line sentences at
 * `last` and right above it, each wrapped in brackets or led by a footnote mark that no block of the story above
 * (from `first`) is set apart by or, for a footnote mark, prints, with two prose blocks of the story or more above them, and not one content word
 * (four letters or more, no stopword: running-text.ts) that the story's blocks or its headline use, of two or more
 * it has.
 */
export function setApartNoteAt(blocks: Block[], first: number, last: number, stopwords: ReadonlySet<string>): number {
  let k = last;
  const shapes = new Set<string>();
  while (k > first && last - k < MAX_NOTES) {
    const shape = noteShape(blocks[k]!);
    if (shape === null) break;
    shapes.add(shape);
    k--;
  }
  if (k === last) return -1;
  const story = blocks.slice(first, k + 1);
  if (story.filter(isTextProse).length < MIN_STORY_BLOCKS) return -1;
  if (story.some((b) => shapes.has(setApartShape(b.text) ?? ''))) return -1;
  // A footnote whose mark the story's text prints ("Maria*") explains a word of the story: the story's own.
  const marks = [...shapes].filter((s) => s !== 'bracket');
  if (marks.length > 0 && story.some((b) => marks.some((m) => b.text.includes(m)))) return -1;
  const used = storyStems(blocks, first, k, stopwords);
  // Read up from the text's end: the notes that use none of the story's words, and have words enough to tell (a line
  // segmented into short words, as Chinese or Japanese is, has few of four letters: no evidence either way).
  const unrelated = (b: Block) => {
    const own = [...contentStems(b.text, stopwords)];
    return own.length >= MIN_CONTENT_WORDS && !own.some((s) => used.has(s));
  };
  let at = last + 1;
  while (at > k + 1 && unrelated(blocks[at - 1]!)) at--;
  return at <= last ? at : -1;
}
