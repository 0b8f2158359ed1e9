/**
 * One bounded memo for pure functions of a text: what a stage computed for a text it will meet again (a page's
 * language sample and then its story's, a site's menus and notices on every page) is read back, and everything is
 * forgotten at once when `limit` answers are kept, so a long-running process (the dev server) does not grow without end.
 */

/** `compute(key)`, read from `memo` when it was computed before; `compute` must never answer undefined. */
export function remembered<T>(memo: Map<string, T>, limit: number, key: string, compute: (key: string) => T): T {
  let value = memo.get(key);
  if (value === undefined) {
    value = compute(key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
  }
  return value;
}
