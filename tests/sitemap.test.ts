import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lastChanged, sitemapEntries } from '@/lib/sitemap';
import { makeArticle } from './support/articles';

beforeEach(() => vi.stubEnv('SITE_URL', 'https://archive.test'));
afterEach(() => vi.unstubAllEnvs());

const older = makeArticle({ id: 'a', slug: 'older', published: { value: '2015-12', precision: 'month' } });
const newer = makeArticle({ id: 'b', slug: 'newer', published: { value: '2016-06-21', precision: 'day' }, modified: { value: '2017', precision: 'year' } });
const undated = makeArticle({ id: 'c', slug: 'undated', published: { value: null, precision: 'none' } });

describe('sitemapEntries', () => {
  const entries = () =>
    sitemapEntries([
      { path: '/', articles: [older, newer, undated] },
      { path: '/search/', articles: [] },
      { path: '/articles/older/', articles: [older] },
      { path: '/articles/undated/', articles: [undated] },
      { path: '/tags/stilet/', articles: [older, undated] },
    ]);

  it('makes every page’s URL absolute on the configured origin, in order', () => {
    expect(entries().map((e) => e.url)).toEqual([
      'https://archive.test/',
      'https://archive.test/search/',
      'https://archive.test/articles/older/',
      'https://archive.test/articles/undated/',
      'https://archive.test/tags/stilet/',
    ]);
  });

  it('dates each page by the newest story it lists, at that date’s precision', () => {
    const lastmod = entries().map((e) => e.lastModified ?? null);
    expect(lastmod).toEqual(['2017', null, '2015-12', null, '2015-12']);
  });
});

describe('lastChanged', () => {
  it('prefers a later modification over the publication date and is null for an undated story', () => {
    expect(lastChanged(newer)).toBe('2017');
    expect(lastChanged(older)).toBe('2015-12');
    expect(lastChanged(undated)).toBeNull();
  });
});
