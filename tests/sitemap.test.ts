import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { indexedEntity } from '@/lib/content/schema';
import { lastChanged, sitemapEntries } from '@/lib/sitemap';
import { makeArticle, makeEntity } from './support/articles';

beforeEach(() => vi.stubEnv('SITE_URL', 'https://archive.test'));
afterEach(() => vi.unstubAllEnvs());

const older = makeArticle({ id: 'a', slug: 'older', published: { value: '2015-12', precision: 'month' } });
const newer = makeArticle({ id: 'b', slug: 'newer', published: { value: '2016-06-21', precision: 'day' }, modified: { value: '2017', precision: 'year' } });
const undated = makeArticle({ id: 'c', slug: 'undated', published: { value: null, precision: 'none' } });
const tag = indexedEntity.parse({ ...makeEntity('stilet', 'STILET'), articles: ['a', 'c'] });

describe('sitemapEntries', () => {
  const entries = () => sitemapEntries([older, newer, undated], [tag]);

  it('lists home, timeline, tags, search, every story and every tag with absolute URLs', () => {
    expect(entries().map((e) => e.url)).toEqual([
      'https://archive.test/',
      'https://archive.test/timeline/',
      'https://archive.test/tags/',
      'https://archive.test/search/',
      'https://archive.test/articles/older/',
      'https://archive.test/articles/newer/',
      'https://archive.test/articles/undated/',
      'https://archive.test/tags/stilet/',
    ]);
  });

  it('gives each story its latest known date at its own precision and leaves undated stories without one', () => {
    const byUrl = new Map(entries().map((e) => [e.url, e.lastModified]));
    expect(byUrl.get('https://archive.test/articles/older/')).toBe('2015-12');
    expect(byUrl.get('https://archive.test/articles/newer/')).toBe('2017');
    expect(byUrl.get('https://archive.test/articles/undated/')).toBeUndefined();
  });

  it('dates a tag page by its newest story and the home page by the newest in the archive', () => {
    const byUrl = new Map(entries().map((e) => [e.url, e.lastModified]));
    expect(byUrl.get('https://archive.test/tags/stilet/')).toBe('2015-12');
    expect(byUrl.get('https://archive.test/')).toBe('2017');
  });
});

describe('lastChanged', () => {
  it('prefers a later modification over the publication date', () => {
    expect(lastChanged(newer)).toBe('2017');
    expect(lastChanged(older)).toBe('2015-12');
  });
});
