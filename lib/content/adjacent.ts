/**
 * The stories immediately before and after a story in publication order, for
 * "previous / next" links. Undated stories have no neighbours in time.
 */
import { dateParts, newestFirst, type Dated } from './publication-order';

export type Adjacent<T> = { older: T | null; newer: T | null };

/**
 * Neighbours of `article` in `datedNewestFirst`, a list of dated articles already in
 * publication order (newest first). Linear; the caller sorts once for every article.
 */
export function adjacentInOrder<T extends Dated>(article: Dated, datedNewestFirst: readonly T[]): Adjacent<T> {
  if (!dateParts(article.datePublished)) return { older: null, newer: null };
  const i = datedNewestFirst.findIndex((a) => a.id === article.id);
  if (i === -1) return { older: null, newer: null };
  return { newer: datedNewestFirst[i - 1] ?? null, older: datedNewestFirst[i + 1] ?? null };
}

/** The dated articles of `all`, newest first: the order adjacentInOrder expects. */
export function datedNewestFirst<T extends Dated>(all: readonly T[]): T[] {
  return all.filter((a) => dateParts(a.datePublished)).sort(newestFirst);
}

/** The next-older and next-newer dated article around `article` (found by id) in any list. */
export function adjacentByDate<T extends Dated>(article: Dated, all: readonly T[]): Adjacent<T> {
  return adjacentInOrder(article, datedNewestFirst(all));
}
