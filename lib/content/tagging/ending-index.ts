/**
 * An index of word endings and the walk of a word's endings through it: how a word of a text finds the
 * paradigms it may be a case of (inflection.ts) and the Latin case keys a transliterated word may have
 * (transliterate.ts). The one place both read a word's endings, longest stem first.
 */

/** Items (paradigms, base endings) by the ending they go with, and the longest ending indexed. */
export type EndingIndex<T> = { maxLength: number; byEnding: Map<string, T[]> };

/** The index of `[ending, item]` pairs: each ending's items in the order given. */
export function indexEndings<T>(pairs: Iterable<readonly [string, T]>): EndingIndex<T> {
  const byEnding = new Map<string, T[]>();
  let maxLength = 0;
  for (const [ending, item] of pairs) {
    byEnding.set(ending, [...(byEnding.get(ending) ?? []), item]);
    maxLength = Math.max(maxLength, ending.length);
  }
  return { maxLength, byEnding };
}

/**
 * Calls `visit(stem, item)` for every ending of `word` the index holds and each of its items, shortest ending first,
 * when the stem left keeps `minStem` letters or more; the empty ending only when the word ends as `bareStem` says (a
 * consonant). Calls rather than building an array: this runs for every word of every article.
 */
export function forEachEnding<T>(word: string, index: EndingIndex<T>, minStem: number, bareStem: RegExp, visit: (stem: string, item: T) => void): void {
  const longest = Math.min(index.maxLength, word.length - minStem);
  for (let n = 0; n <= longest; n += 1) {
    const items = index.byEnding.get(n === 0 ? '' : word.slice(word.length - n));
    if (!items) continue;
    const stem = word.slice(0, word.length - n);
    if (n === 0 && !bareStem.test(stem)) continue;
    for (const item of items) visit(stem, item);
  }
}
