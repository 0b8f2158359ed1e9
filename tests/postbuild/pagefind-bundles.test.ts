import { describe, expect, it } from 'vitest';
import { MAX_BUNDLES_PER_LANGUAGE, plannedBundles, storyYear, yearSpan, type SortedPage } from '@/scripts/postbuild/pagefind-bundles';

describe('storyYear', () => {
  it('reads the year of the date sort key, at any precision, and null without one', () => {
    expect(storyYear('<div hidden><span data-pagefind-sort="date">2015-12</span></div>')).toBe(2015);
    expect(storyYear('<span class="x" data-pagefind-sort="date">1998-03-04</span>')).toBe(1998);
    expect(storyYear('<span data-pagefind-sort="date">2003</span>')).toBe(2003);
    expect(storyYear('<span data-pagefind-meta="date">2003</span><p>In 2003 the plant</p>')).toBeNull();
  });
});

describe('yearSpan', () => {
  /** The span by hand: count the aligned groups of each candidate in turn. */
  const groups = (years: number[], span: number) => new Set(years.map((y) => Math.floor(y / span))).size;
  it('is one year while the years fit the bound, then the shortest of 2, 5, 10… that fits', () => {
    const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
    expect(yearSpan(range(2000, 2011), false, 12)).toBe(1);
    expect(yearSpan(range(2000, 2011), true, 12)).toBe(2);
    expect(yearSpan(range(2000, 2012), false, 12)).toBe(2);
    expect(yearSpan(range(1990, 2025), false, 12)).toBe(5);
    expect(yearSpan(range(1900, 2025), false, 12)).toBe(20);
    expect(yearSpan(range(2000, 2005), false, 6)).toBe(1);
    expect(yearSpan(range(2000, 2005), true, 6)).toBe(2);
    expect(yearSpan([], true)).toBe(1);
    for (const years of [range(1990, 2025), range(1900, 2025), [1950, 1999, 2000, 2001, 2024]]) {
      const span = yearSpan(years, true);
      expect(groups(years, span) + 1).toBeLessThanOrEqual(MAX_BUNDLES_PER_LANGUAGE);
    }
  });
});

describe('plannedBundles', () => {
  const page = (n: number, lang: string, year: number | null): SortedPage => ({ url: `/articles/s${n}/`, content: `<p>${n}</p>`, lang, year });
  it('puts each story in exactly one bundle of its language and year group, the newest site-language group first, the rest by folder', () => {
    const pages = [page(1, 'en', 2019), page(2, 'ru', 2018), page(3, 'en', 2018), page(4, 'en', null), page(5, 'en', 2019), page(6, 'ru', 2018)];
    const bundles = plannedBundles(pages, 'en');
    expect(bundles.map((b) => [b.dir, b.lang, b.pages.map((p) => p.url)])).toEqual([
      ['pagefind', 'en', ['/articles/s1/', '/articles/s5/']],
      ['pagefind-en-2018', 'en', ['/articles/s3/']],
      ['pagefind-en-undated', 'en', ['/articles/s4/']],
      ['pagefind-ru-2018', 'ru', ['/articles/s2/', '/articles/s6/']],
    ]);
  });

  it('keeps every language within the bound over a long archive, each bundle one aligned span', () => {
    const pages = Array.from({ length: 400 }, (_, i) => page(i, i % 7 === 0 ? 'ru' : 'en', i % 13 === 0 ? null : 1950 + (i % 75)));
    const bundles = plannedBundles(pages, 'en');
    for (const lang of ['en', 'ru']) expect(bundles.filter((b) => b.lang === lang).length).toBeLessThanOrEqual(MAX_BUNDLES_PER_LANGUAGE);
    expect(bundles.flatMap((b) => b.pages.map((p) => p.url)).sort()).toEqual(pages.map((p) => p.url).sort());
    const yearOf = new Map(pages.map((p) => [p.url, p.year]));
    for (const b of bundles) {
      const years = b.pages.map((p) => yearOf.get(p.url) ?? null);
      // 75 years (1950–2024) in at most MAX - 1 dated groups: with a bound of 6, twenty-year spans (1940–59 … 2020–39), one span (or undated) per bundle.
      const decades = new Set(years.map((y) => (y === null ? 'undated' : Math.floor(y / 20))));
      expect(decades.size, b.dir).toBe(1);
    }
  });

  it('puts the language with most stories in the primary folder when none is in the site language', () => {
    const bundles = plannedBundles([page(1, 'ar', 2017), page(2, 'ar', 2016), page(3, 'he', 2018)], 'en');
    expect(bundles.map((b) => [b.dir, b.lang])).toEqual([['pagefind', 'ar'], ['pagefind-ar-2016', 'ar'], ['pagefind-he-2018', 'he']]);
  });
});
