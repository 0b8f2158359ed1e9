/**
 * Shape tests on a line or block of text. The ingest decides what a line is by
 * its shape and position, not by matching the exact wording of known sites.
 */

import { remembered } from '../bounded-memo';
import { hasUnspacedScript } from '../extract/script/text-script';
import { stopwordsOf } from '../extract/stopwords';

const SEGMENTER = new Intl.Segmenter('und', { granularity: 'word' });

/**
 * Words in a text. Where the text holds a script written without spaces (Chinese, Japanese, Thai…)
 * Intl.Segmenter finds them, so running text there counts as many words; elsewhere words are runs
 * of letters or digits with inner apostrophes and hyphens, which the segmenter would find too at
 * twenty times the cost.
 */
export function words(text: string): string[] {
  if (hasUnspacedScript(text)) {
    const out: string[] = [];
    for (const s of SEGMENTER.segment(text)) if (s.isWordLike) out.push(s.segment);
    return out;
  }
  // Combining marks belong to the word: Devanagari, Bengali or Tamil vowel signs (and Arabic or Hebrew
  // points) would otherwise split every word in two or three.
  return text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu) ?? [];
}

/**
 * The last texts counted: the line rules each count the same line's words in turn, and the layout's readers
 * (listing-tail.ts) count each block's words again for every block they start from. Bounded.
 */
const counted = new Map<string, number>();

/** How many words a text has (see words). */
export function wordCount(text: string): number {
  return remembered(counted, 512, text, countWords);
}

/** wordCount's answer, never remembered. */
const countWords = (text: string): number => words(text).length;

/**
 * A sentence end in any script (Unicode's Sentence_Terminal: . ! ? ։ । ؟ 。 ！ …), then any closing quotes or brackets.
 * After a terminal every quote mark closes: German, Czech, Lithuanian and Bulgarian close „…“ and ‚…‘ with what English
 * opens with, Danish and Swedish close »…« with «; French sets a space before its closing » (« … »).
 */
const SENTENCE_END = /[\p{Sentence_Terminal}…](?:\s?["“”«»‘’‹›')\]」』）])*$/u;

/** True when the text ends like a finished sentence, in any script. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trim());
}

/** English function words no English sentence ends on (a whole word: without the Unicode flag \b would cut "ziņas" after its last non-ASCII letter). */
const ENGLISH_OPEN_END = /(?<![\p{L}\p{M}\p{N}])(?:and|or|but|the|a|an|of|to|in|on|at|for|with|by|from|that|which|who|as|is|are|was|were|its|their|his|her)$/iu;

/**
 * True when the text ends in a way no sentence does: a comma, a hyphen or dash, an open bracket, or an English function
 * word in a line that reads as English (half its words or more are English stopwords). Elsewhere those letters end
 * phrases: Haitian Creole sets its articles after the noun ("bidjè a", "gouvènman an"), so its headlines end on them.
 */
export function endsMidSentence(text: string): boolean {
  const t = text.trim();
  if (/[,;(\[\-–—„‚]$/u.test(t)) return true;
  // An opening quote mark at the end is an open quote, unless a sentence ends before it („…“, »…«).
  if (/[«“‘]$/u.test(t)) return !SENTENCE_END.test(t);
  if (!ENGLISH_OPEN_END.test(t)) return false;
  const ws = words(t);
  englishStopwords ??= stopwordsOf('en', 'none');
  const english = englishStopwords;
  return ws.filter((w) => english.has(w.toLowerCase())).length * 2 >= ws.length;
}

let englishStopwords: ReadonlySet<string> | null = null;

/** Georgian has capitals in Unicode (Mtavruli) but does not write them at sentence starts or in names. */
const UNCAPITALISED = /\p{Script=Georgian}/u;

/** Whether a letter belongs to a script that marks sentence starts and names with capitals (Latin, Cyrillic, Greek, Armenian…). */
export function hasCase(letter: string): boolean {
  return letter.toLowerCase() !== letter.toUpperCase() && !UNCAPITALISED.test(letter);
}

/**
 * True when the first letter of the text is lower case in a script with case (a continuation of the previous line).
 * A first word whose lower-case prefix runs into a capital ("uMasipala", "eThekwini", "ku-Sipho", "iPhone") is a
 * capitalised word: Zulu, Xhosa and other Bantu languages write a noun's class prefix before its capital, so such a
 * word opens sentences, and no continuation says so by its first letter.
 */
export function startsLowercase(text: string): boolean {
  const m = /^["“«'‘(]?(\p{Ll})(\p{Ll}{0,3}-?\p{Lu})?/u.exec(text.trim());
  return m !== null && m[2] === undefined && hasCase(m[1]!);
}

/**
 * An agency's or author's initials signed after the last sentence on the same line: "… dedi. AA",
 * "… a declarat. (AGERPRES)", "… sa han. /TT/". Capitals only (no `i` flag: with it \p{Lu} matches lower case).
 */
const SIGNATURE = /(?<=[\p{Sentence_Terminal}…]["”»’')]*)\s+[(\[/]?\p{Lu}{2,10}(?:[/-]\p{Lu}{2,10})?[)\]/]?$/u;

/**
 * A sentence of six words or more signed with initials after its end ("… dedi. AA"). Read only where the story
 * ends: above the text a photo caption has the same shape ("Soldiers at the parade. REUTERS").
 */
export function isSignedSentence(text: string): boolean {
  return text.length <= 400 && SIGNATURE.test(text) && wordCount(text) >= 6 && endsSentence(text.replace(SIGNATURE, ''));
}

/**
 * True for running prose: a paragraph of the article rather than a headline,
 * label or menu item. A long block is prose; a shorter one must read as a finished sentence.
 */
export function isProse(text: string): boolean {
  // Past 160 characters a block is running text whatever its words; counting them would only cost time.
  if (text.length > 160) return true;
  const n = wordCount(text);
  if (n >= 20) return true;
  // A long line ending in a colon is a sentence that introduces what follows (a list, a quote), not a label.
  return (n >= 6 && endsSentence(text)) || (n >= 12 && /[:：]\s*$/u.test(text));
}

/**
 * True for a line of running text by its shape alone: a finished sentence of eight words or more. A footer's or a
 * header's line may end a sentence too, but a short one ("Follow us on Telegram.").
 */
export function isRunningSentence(text: string): boolean {
  return endsSentence(text) && wordCount(text) >= 8;
}

/** True for a short line that can stand as a headline or heading: a few words, no full stop at the end. */
export function isTitleShaped(text: string): boolean {
  const t = text.trim();
  if (t.length > 180) return false;
  const n = wordCount(t);
  if (n < 1 || n > 24) return false;
  // A full stop, comma or colon of any script ends a sentence or a label, not a title ("..." may end a teaser title).
  if (/[.,;:。．，、；：։।॥۔።]$/u.test(t) && !/\.\.\.$/.test(t)) return false;
  return /\p{L}/u.test(t);
}

/**
 * Sentence ends Unicode leaves out of Sentence_Terminal (it counts them as Terminal_Punctuation, with commas and
 * colons): Tibetan's shad and its variants (། ༎ ༏ ༐ ༑ ༒), which close every Tibetan and Dzongkha sentence, after an
 * optional tsheg or space. Ol Chiki's mucaad (᱾ ᱿), N'Ko's exclamation (߹) and Syriac's full stops (܀ ܁ ܂) are
 * Sentence_Terminal already (endsSentence reads them).
 */
const SCRIPT_STOP = /[\u0F0D-\u0F12][\s\u0F0B\u0F0D-\u0F12]*(?:["“”«»‘’)\]])*$/u;

/** True when the text ends with a sentence end of its script that is not a Unicode Sentence_Terminal (SCRIPT_STOP). */
export function endsWithScriptStop(text: string): boolean {
  return SCRIPT_STOP.test(text.trim());
}
