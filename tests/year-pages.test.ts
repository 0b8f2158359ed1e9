import { describe, expect, it } from 'vitest';
import { oncePerList, yearPage, yearPageNumbers } from '@/lib/year-pages';

describe('lists paged within years', () => {
  it('split a list once and split a new list anew', () => {
    let calls = 0;
    const split = oncePerList((xs: readonly number[]) => {
      calls++;
      return xs.map((x) => x * 2);
    });
    const list = [1, 2, 3];
    const first = split(list);
    expect(split(list)).toBe(first);
    expect(calls).toBe(1);
    expect(split([1, 2, 3])).toEqual([2, 4, 6]);
    expect(calls).toBe(2);
  });

  it("number each year's pages from 1, a year of nothing still having one page, in the years' order", () => {
    const pages = yearPageNumbers([{ year: 2010, count: 5 }, { year: 2008, count: 2 }, { year: 2007, count: 0 }], 2);
    expect(pages).toEqual([
      { year: 2010, page: 1 }, { year: 2010, page: 2 }, { year: 2010, page: 3 },
      { year: 2008, page: 1 },
      { year: 2007, page: 1 },
    ]);
  });

  it("find a year's page counted from its oldest item, with the year's place among the years", () => {
    // Newest year first, each year's items newest first: 'c' is 2009's newest, 'a' its oldest.
    const years = [{ year: 2010, items: ['d'] }, { year: 2009, items: ['c', 'b', 'a'] }];
    const found = yearPage(years, (y) => y.items, { year: 2009, page: 1 }, 'newest-first', 2);
    expect(found?.at).toBe(1);
    expect(found?.year.year).toBe(2009);
    expect(found?.items.items).toEqual(['b', 'a']);
    expect(yearPage(years, (y) => y.items, { year: 2009, page: 2 }, 'newest-first', 2)?.items.items).toEqual(['c']);
  });

  it('find nothing for a year without a list or a page past its last', () => {
    const years = [{ year: 2010, items: ['a', 'b'] }];
    expect(yearPage(years, (y) => y.items, { year: 2011, page: 1 }, 'oldest-first', 2)).toBeUndefined();
    expect(yearPage(years, (y) => y.items, { year: 2010, page: 2 }, 'oldest-first', 2)).toBeUndefined();
  });
});
