import { describe, expect, it } from 'vitest';
import { dateSortWeights, sortFloorPage } from '@/scripts/postbuild/pagefind-date-order';

describe('dateSortWeights', () => {
  it('grows each first year by the largest page count of the one before plus two, relative to the primary bundle', () => {
    const weights = dateSortWeights(
      [
        { dir: 'pagefind', firstYear: 2020, pages: 4 },
        { dir: 'pagefind-en-2018', firstYear: 2018, pages: 3 },
        { dir: 'pagefind-ru-2018', firstYear: 2018, pages: 7 },
        { dir: 'pagefind-en-2016', firstYear: 2016, pages: 5 },
        { dir: 'pagefind-en-undated', firstYear: null, pages: 9 },
      ],
      'pagefind',
    );
    // Absolute: 2016 → 1, 2018 → 1 × (5 + 2) = 7, 2020 → 7 × (7 + 2) = 63; the primary (2020) is 1.
    expect(Object.fromEntries(weights)).toEqual({ pagefind: 1, 'pagefind-en-2018': 7 / 63, 'pagefind-ru-2018': 7 / 63, 'pagefind-en-2016': 1 / 63, 'pagefind-en-undated': 1 });
  });

  it('orders every page of every year bundle by (year, position) once scores are position times weight, both ways', () => {
    // Bundles of one language, disjoint years; a page's score under a sort is its position (from 1: the floor page holds 0).
    const bundles = [
      { dir: 'pagefind', firstYear: 2024, pages: 3 },
      { dir: 'pagefind-en-2022', firstYear: 2022, pages: 40 },
      { dir: 'pagefind-en-2020', firstYear: 2020, pages: 1 },
      { dir: 'pagefind-en-2018', firstYear: 2018, pages: 25 },
    ];
    const weights = dateSortWeights(bundles, 'pagefind');
    const pages = bundles.flatMap((b) => Array.from({ length: b.pages }, (_, i) => ({ year: b.firstYear, position: i + 1, weight: weights.get(b.dir) ?? NaN })));
    const byDate = [...pages].sort((a, b) => b.year - a.year || b.position - a.position);
    expect([...pages].sort((a, b) => b.position * b.weight - a.position * a.weight)).toEqual(byDate);
    expect([...pages].sort((a, b) => -b.position * b.weight - -a.position * a.weight)).toEqual([...byDate].reverse());
  });
});

describe('sortFloorPage', () => {
  it('is a page with one word in its marked body and a date before any story date', () => {
    const { content } = sortFloorPage('ru');
    expect(content).toContain('<html lang="ru">');
    expect(content.match(/data-pagefind-body>([^<]*)</)?.[1]?.trim().split(/\s+/)).toHaveLength(1);
    const date = content.match(/data-pagefind-sort="date">([^<]*)</)?.[1] ?? '';
    expect(date < '0001').toBe(true);
  });
});
