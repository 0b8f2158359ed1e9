/**
 * Splits a paragraph into sentences, keeping each sentence's character range so the
 * entity mentions of the block (also character ranges) can be matched to it.
 */

export type Sentence = { text: string; start: number; end: number };

/** Words that end in a full stop without ending a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'st', 'no', 'vs', 'etc', 'cf', 'approx',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'u.s', 'u.k', 'inc', 'corp', 'co',
]);

/** A sentence ends at . ! or ? (with closing quotes/brackets) followed by space and a capital, digit or opening quote. */
const BOUNDARY = /[.!?]+["”’»)\]]*\s+(?=["“‘«(\[]?[\p{Lu}\d])/gu;

/** The sentences of `text`, each trimmed, with its start/end offsets into `text`. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const stop = match.index;
    const word = wordBefore(text, from, stop);
    // "Gen. Smith", "Sept. 3", "U.S. Army" and initials ("A. Lukashenko") do not end a sentence; "$14.4m." does.
    if (ABBREVIATIONS.has(word.toLowerCase().replace(/\.$/, '')) || /^\p{Lu}$/u.test(word)) continue;
    const end = stop + match[0].trimEnd().length;
    push(sentences, text, from, end);
    from = stop + match[0].length;
  }
  push(sentences, text, from, text.length);
  return sentences;
}

const WORD_CHAR = /^[\p{L}.]$/u;
const OPENS_WORD = /^[\s(“"]$/u;

/** The character (a whole surrogate pair) of `text` ending at `end`, not reaching before `from`. */
function charBefore(text: string, from: number, end: number): string {
  const pair = end - 2 >= from && /^[\uD800-\uDBFF][\uDC00-\uDFFF]$/.test(text.slice(end - 2, end));
  return text.slice(pair ? end - 2 : end - 1, end);
}

/**
 * The letters and dots that end `text.slice(from, stop)`, when they start it or follow a space, bracket or opening
 * quote; '' otherwise: what `/(?:^|[\s(“"])([\p{L}.]+)$/u` captures, read backwards from the stop, so a long
 * paragraph is not scanned from its start at every full stop.
 */
function wordBefore(text: string, from: number, stop: number): string {
  let start = stop;
  while (start > from) {
    const ch = charBefore(text, from, start);
    if (!WORD_CHAR.test(ch)) break;
    start -= ch.length;
  }
  if (start === stop || (start > from && !OPENS_WORD.test(charBefore(text, from, start)))) return '';
  return text.slice(start, stop);
}

function push(into: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) into.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
}
