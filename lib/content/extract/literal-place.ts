/**
 * Where a text holds a string as written, read by what stands either side: the outlet rules ask whether a name stands
 * as a whole word ("Harbour Ledger", not "Harbour Ledgers"), after a breadcrumb's separator, or in lower case. One
 * pattern with the name inside and letter classes in a look-behind and a look-ahead reads the same, but building it
 * costs about a millisecond, once for every new name of every page; these patterns are built once.
 */

/** Every index at which `text` holds `literal`, as written (overlapping places too). */
export function literalPlaces(text: string, literal: string): number[] {
  const places: number[] = [];
  // An empty string stands at every index (indexOf would give the last one for ever).
  if (literal === '') return Array.from({ length: text.length + 1 }, (_, i) => i);
  for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) places.push(at);
  return places;
}

/** Whether the code point that ends at `at` matches `last`, a one-character pattern anchored at the end (`/[…]$/u`). */
export const endsBefore = (text: string, at: number, last: RegExp): boolean => last.test(text.slice(Math.max(0, at - 2), at));

/** Whether `sticky` (a pattern with the `y` flag) matches where `at` is. */
export function opensAt(text: string, at: number, sticky: RegExp): boolean {
  sticky.lastIndex = at;
  return sticky.test(text);
}

/**
 * Whether `text` holds `literal` where the code point before it does not match `notBefore` (a one-character pattern
 * anchored at the end, as endsBefore reads it: the start of the text passes) and `after` (sticky) matches where it
 * ends: what `(?<![…])literal(…)` finds.
 */
export const holdsBetween = (text: string, literal: string, notBefore: RegExp, after: RegExp): boolean =>
  literalPlaces(text, literal).some((at) => !endsBefore(text, at, notBefore) && opensAt(text, at + literal.length, after));

/** Whether one of `separators` (characters of the BMP) stands before `at` in `text`, with only white space between: what `[…]\s*` before a string finds. */
export function separatorBefore(text: string, at: number, separators: string): boolean {
  let k = at;
  while (k > 0 && /\s/u.test(text[k - 1]!)) k -= 1;
  return k > 0 && separators.includes(text[k - 1]!);
}
