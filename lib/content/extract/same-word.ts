/**
 * Whether two words are one word written in two forms ("ferry"/"ferries", "okulunda"/"okullardan", "حكومة"/"والحكومة"),
 * with no word table: the letters they share at their start, and what is left over. Every reader that matches the
 * story's words inflected asks here; the variants differ on purpose in how much they let be left over, and each says
 * who relies on it. Cut-off stems of five letters (running-text.ts contentStems, wordStem) are the cheaper reading that
 * set lookups use, and stay there.
 */

/** The letters two forms of one word share at their start at least ("ferry"/"ferries", "города"/"городе"). */
export const STEM_LETTERS = 4;

/** Letters an affix glued before a word may hold (an article, a conjunction, a preposition: "وال…", "ki…"). */
const MAX_PREFIX_LETTERS = 3;

/**
 * How many letters `a` and `b` share at their start, compared one by one: a string's UTF-16 units, or an array of its
 * code points where letters outside the basic plane must count once.
 */
export function commonPrefixLength(a: ArrayLike<string>, b: ArrayLike<string>): number {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return p;
}

/**
 * Two lower-case words are forms of one when they share four letters (code points) at their start and three fifths of
 * the shorter one: strict, for story-voice.ts, which keeps a short line under the story on such a match alone.
 */
export function sameWordByShare(a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [[...a], [...b]];
  const common = commonPrefixLength(x, y);
  return common >= STEM_LETTERS && common * 5 >= Math.min(x.length, y.length) * 3;
}

/**
 * Two folded words are one word inflected: the same, or sharing a stem of four letters or more that leaves at most three
 * letters over on the longer one (label-echo.ts: a label the story's words use names its theme).
 */
export function sameWordByEnding(a: string, b: string): boolean {
  if (a === b) return true;
  const p = commonPrefixLength(a, b);
  return p >= STEM_LETTERS && p >= Math.max(a.length, b.length) - 3;
}

/**
 * Two folded words of four letters or more are one word inflected, loosely: the same or close (sameWordByEnding);
 * or sharing a stem of four letters or more that covers half of the shorter word at least, however long the ending
 * (agglutinated endings: "okulunda" and "okullardan", "városban" and "városokban"); or the shorter word ending the
 * longer behind a prefix of at most three letters ("حكومة" and "والحكومة"). Loose on purpose: a match keeps the line
 * (link-apart.ts, link-flow.ts).
 */
export function sharesStem(a: string, b: string): boolean {
  if (sameWordByEnding(a, b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const p = commonPrefixLength(short, long);
  if (p >= STEM_LETTERS && 2 * p >= short.length) return true;
  return short.length >= STEM_LETTERS && long.length - short.length <= MAX_PREFIX_LETTERS && long.endsWith(short);
}
