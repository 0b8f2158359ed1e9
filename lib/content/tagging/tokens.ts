/**
 * Word tokens and the separators between them: the common ground of the
 * entity matcher and the candidate-name finder.
 *
 * A token is a maximal run of letters, combining marks and digits. Everything
 * else (spaces, hyphens, apostrophes, quotes, brackets) separates tokens, which
 * is what makes "Ukraine’s" a mention of "Ukraine", "Belarusian-Russian" two
 * mentions, and "Toronto" never a mention of "Tor".
 */
import { hasUnspacedScript } from '../extract/script/text-script';

/** One word of a text, with its character range `[start, end)`. */
export type Token = { text: string; start: number; end: number };

const wordChar = /[\p{L}\p{M}\p{N}]/u;

/** Whether the UTF-16 unit at `i` belongs to a word: an ASCII fast path, Unicode classes beyond it. */
function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) return wordChar.test(text.slice(i, i + 2)); // an astral character's first half
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && isWordAt(text, i - 1); // its second half goes with the first
  return wordChar.test(text.charAt(i));
}

let segmenter: Intl.Segmenter | null = null;

/** The one word segmenter of tagging, built on first use: building one loads the runtime's break rules each time. */
export function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  return segmenter;
}

/**
 * Pushes the token `text.slice(start, end)`, or, when it has letters of a
 * script written without spaces, the words `Intl.Segmenter` finds in it
 * (its dictionaries know Chinese, Japanese, Thai…): "白俄罗斯总统" is
 * 白 | 俄罗斯 | 总统, "ベラルーシの" is ベラルーシ | の. Forms go through the same
 * split, so "白俄罗斯" (白 俄罗斯, joined by nothing) matches as a whole and wins
 * over "俄罗斯" by being longer. Segments are joined by an empty separator.
 */
function pushWord(tokens: Token[], text: string, start: number, end: number): void {
  const word = text.slice(start, end);
  if (!hasUnspacedScript(word)) {
    tokens.push({ text: word, start, end });
    return;
  }
  for (const s of wordSegmenter().segment(word)) {
    if (s.isWordLike) tokens.push({ text: s.segment, start: start + s.index, end: start + s.index + s.segment.length });
  }
}

/**
 * Splits `text` into word tokens, in order. A hand-written scan rather than
 * `matchAll(/[\p{L}\p{M}\p{N}]+/gu)`: same tokens, about twice as fast on
 * mostly-ASCII English text (see bench/tagger.ts). A run in a script written
 * without spaces is split into its words ({@link pushWord}).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  let wide = false;
  for (let i = 0; i <= text.length; i += 1) {
    const inWord = i < text.length && isWordAt(text, i);
    if (inWord) {
      if (start < 0) {
        start = i;
        wide = false;
      }
      // Scripts written without spaces start at Thai (U+0E00): a run with no letter from there on is one word.
      if (text.charCodeAt(i) >= 0x0e00) wide = true;
    } else if (start >= 0) {
      if (wide) pushWord(tokens, text, start, i);
      else tokens.push({ text: text.slice(start, i), start, end: i });
      start = -1;
    }
  }
  return tokens;
}

/**
 * The separator between two tokens, reduced to what matters for matching: any
 * run of white space is one space, every hyphen or en dash is `-`, every
 * apostrophe is `'`, Hebrew gershayim is `"`. " – " (a spaced dash) stays distinct from "-".
 */
export function normaliseSeparator(separator: string): string {
  if (separator === ' ' || separator === '-') return separator; // by far the most common: skip the regexes
  const plain = separator
    .replace(/\s+/gu, ' ')
    .replace(/[\u2010\u2011\u2012\u2013\u2212]/gu, '-')
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/gu, "'");
  // Hebrew gershayim, which marks an acronym (נאט״ו), as the ASCII quote most Hebrew text types for it.
  return plain.includes('\u05F4') ? plain.replace(/\u05F4/gu, '"') : plain;
}

/**
 * One step of a token trie (the matcher's and its fallback's): the separator before a word, normalised, and the
 * word's key, joined by U+0001.
 */
export const stepKey = (separator: string, key: string) => `${normaliseSeparator(separator)}\u0001${key}`;

/** `word` with its first letter in capitals ("vitrysk" → "Vitrysk"): how a lowercase form opens a sentence. */
export const upperFirst = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** True when `word` has letters and none of them is lowercase ("MAZ", "S-300PS", "WS-2"). */
export function isAllCaps(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

/** True when `word` starts with an uppercase letter. */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * The identity of a surface form for clash checks: its words joined by their
 * normalised separators ("Pantsir‑S1" and "Pantsir-S1" are one form). Empty
 * when the form has no word in it.
 */
export function surfaceKey(form: string): string {
  const tokens = tokenize(form);
  return tokens
    .map((t, i) => {
      const previous = tokens[i - 1];
      return previous ? normaliseSeparator(form.slice(previous.end, t.start)) + t.text : t.text;
    })
    .join('');
}
