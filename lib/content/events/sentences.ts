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
    const word = /(?:^|[\s(“"])([\p{L}.]+)$/u.exec(text.slice(from, stop))?.[1] ?? '';
    // "Gen. Smith", "Sept. 3", "U.S. Army" and initials ("A. Lukashenko") do not end a sentence; "$14.4m." does.
    if (ABBREVIATIONS.has(word.toLowerCase().replace(/\.$/, '')) || /^\p{Lu}$/u.test(word)) continue;
    const end = stop + match[0].trimEnd().length;
    push(sentences, text, from, end);
    from = stop + match[0].length;
  }
  push(sentences, text, from, text.length);
  return sentences;
}

function push(into: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) into.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
}
