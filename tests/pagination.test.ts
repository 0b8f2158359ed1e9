import { describe, expect, it } from 'vitest';
import { extraPageNumbers, PAGE_SIZE, pageCount, paginate } from '@/lib/pagination';

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
