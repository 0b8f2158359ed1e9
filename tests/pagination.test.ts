import { describe, expect, it } from 'vitest';
import { extraPageNumbers, NEWER_PAGES_NAMED, PAGE_SIZE, pageCount, pageFromOldest, paginate } from '@/lib/pagination';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('paginate', () => {
  it('splits 10,000 items into full pages and a last partial page without losing or repeating any', () => {
    const items = range(10_037);
    const pages = range(pageCount(items.length)).map((i) => paginate(items, i + 1));
    expect(pages).toHaveLength(Math.ceil(10_037 / PAGE_SIZE));
    const seen = pages.flatMap((p) => p?.items ?? []);
    expect(seen).toEqual(items);
    expect(pages.slice(0, -1).every((p) => p?.items.length === PAGE_SIZE)).toBe(true);
    expect(pages.at(-1)?.items).toHaveLength(10_037 % PAGE_SIZE);
  });

  it('reports each page’s offset, number and total', () => {
    const page = paginate(range(120), 3, 50);
    expect(page).toMatchObject({ page: 3, pageCount: 3, total: 120, offset: 100 });
    expect(page?.items[0]).toBe(100);
  });

  it('returns undefined for page 0, a fractional page, or a page past the end', () => {
    expect(paginate(range(100), 0)).toBeUndefined();
    expect(paginate(range(100), 1.5)).toBeUndefined();
    expect(paginate(range(100), 3, 50)).toBeUndefined();
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([], 1)).toMatchObject({ items: [], pageCount: 1 });
  });

  it('keeps exactly PAGE_SIZE items on one page and splits at PAGE_SIZE + 1', () => {
    expect(pageCount(PAGE_SIZE)).toBe(1);
    expect(pageCount(PAGE_SIZE + 1)).toBe(2);
  });

  it('rejects a page size that is not a positive integer', () => {
    expect(() => pageCount(10, 0)).toThrow(RangeError);
  });
});

describe('static page routes', () => {
  it('lists pages 2…n as extra routes, none for a single page', () => {
    expect(extraPageNumbers(PAGE_SIZE)).toEqual([]);
    expect(extraPageNumbers(10_000)).toEqual(range(10_000 / PAGE_SIZE - 1).map((i) => i + 2));
  });
});

describe('pageFromOldest', () => {
  // Items named by their number counted from the oldest: 1 is the oldest.
  const oldestFirst = Array.from({ length: 45 }, (_, i) => i + 1);
  const newestFirst = [...oldestFirst].reverse();

  it('numbers pages from the oldest item, keeping the list’s own order on each page', () => {
    expect(pageFromOldest(newestFirst, 1, 'newest-first', 20)?.items).toEqual([20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(pageFromOldest(newestFirst, 3, 'newest-first', 20)?.items).toEqual([45, 44, 43, 42, 41]);
    expect(pageFromOldest(oldestFirst, 3, 'oldest-first', 20)?.items).toEqual([41, 42, 43, 44, 45]);
    expect(pageFromOldest(newestFirst, 4, 'newest-first', 20)).toBeUndefined();
    expect(pageFromOldest(newestFirst, 0, 'newest-first', 20)).toBeUndefined();
  });

  it('keeps a full page’s items when newer items arrive, and says how many pages follow (up to one more than it names)', () => {
    const grown = [...Array.from({ length: 30 }, (_, i) => 75 - i), ...newestFirst];
    expect(pageFromOldest(grown, 2, 'newest-first', 20)?.items).toEqual(pageFromOldest(newestFirst, 2, 'newest-first', 20)?.items);
    expect(pageFromOldest(newestFirst, 2, 'newest-first', 20)).toMatchObject({ first: 21, last: 40, newer: 1 });
    expect(pageFromOldest(grown, 1, 'newest-first', 20)).toMatchObject({ first: 1, last: 20, newer: NEWER_PAGES_NAMED + 1 });
    expect(pageFromOldest(grown, 4, 'newest-first', 20)).toMatchObject({ first: 61, last: 75, newer: 0 });
  });
});
