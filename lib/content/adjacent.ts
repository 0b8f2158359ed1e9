/**
 * The stories immediately before and after a story in publication order, for
 * "previous / next" links. Undated stories have no neighbours in time.
 */
import { dateParts, newestFirst, type Dated } from './publication-order';

export type Adjacent<T> = { older: T | null; newer: T | null };

/** The next-older and next-newer dated article around `article` (found by id). */
export function adjacentByDate<T extends Dated>(article: Dated, all: readonly T[]): Adjacent<T> {
  if (!dateParts(article.datePublished)) return { older: null, newer: null };
  const dated = all.filter((a) => dateParts(a.datePublished)).sort(newestFirst);
  const i = dated.findIndex((a) => a.id === article.id);
  if (i === -1) return { older: null, newer: null };
  return { newer: dated[i - 1] ?? null, older: dated[i + 1] ?? null };
}
