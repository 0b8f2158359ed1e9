/**
 * Lists paged within years: the timeline's year pages (stories, newest year first) and the
 * events' year pages (event groups, oldest year first). Each year's list is paged from its
 * oldest item, so an item added to one year changes that year's pages only (docs/scale.md).
 * The year split is computed once per source list, and a year page is found by one lookup.
 */
import { pageCount, pageFromOldest, type StablePage } from '@/lib/pagination';

/**
 * `split` made to run once per source list (kept while the list lives: the dev server's archive is
 * rebuilt when content changes, with new lists, so a stale split is never served).
 */
export function oncePerList<L extends object, R>(split: (list: L) => R): (list: L) => R {
  const done = new WeakMap<L, R>();
  return (list) => {
    let result = done.get(list);
    if (result === undefined) {
      result = split(list);
      done.set(list, result);
    }
    return result;
  };
}

/** Every page of every year, in the years' order, each year's pages 1…its count: what the routes export. */
export function yearPageNumbers(years: readonly { year: number; count: number }[], size: number): { year: number; page: number }[] {
  return years.flatMap(({ year, count }) => Array.from({ length: pageCount(count, size) }, (_, i) => ({ year, page: i + 1 })));
}

/** A year page found: the year's place among the years, the year, and the page of its items. */
export type YearPage<Y, T> = { at: number; year: Y; items: StablePage<T> };

/**
 * Page `page` (counted from the oldest) of year `year` among `years`, whose items `itemsOf` gives in
 * `order`; undefined when the year has no list or the page does not exist.
 */
export function yearPage<Y extends { year: number }, T>(
  years: readonly Y[],
  itemsOf: (year: Y) => readonly T[],
  wanted: { year: number; page: number },
  order: 'newest-first' | 'oldest-first',
  size: number,
): YearPage<Y, T> | undefined {
  const at = years.findIndex((y) => y.year === wanted.year);
  const year = years[at];
  const items = year ? pageFromOldest(itemsOf(year), wanted.page, order, size) : undefined;
  return year && items ? { at, year, items } : undefined;
}
