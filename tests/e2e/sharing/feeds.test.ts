/**
 * Every feed in the export, read by a real feed parser (Atom, RSS) or checked
 * against JSON Feed 1.1, against the archive it was built from.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { getArticles, getEntities, getStoryJoins, type Article } from '@/lib/content';
import { FEED_SIZE, TAG_FEED_SIZE } from '@/lib/feeds/archive-feeds';
import { paths } from '@/lib/paths';
import { earliestInstant } from '@/lib/seo/dates';
import { jsonFeed } from '../../feeds/json-feed';
import { baseUrl } from '../support/browser';
import { exportPages } from '../support/export-pages';
import { exportRoot } from '../support/served';
import { documentOf, resolvesInExport, siteOrigin } from './export-site';

const origin = siteOrigin();

/**
 * The order a feed must have, worked out here from the stories' own dates rather than taken
 * from the list functions the feeds use: newest first by (year, month, day), where a missing
 * month or day counts as 0 so a month-only story follows that month's dated days; undated
 * stories last; equal dates by id. Then the newest `size` (FEED_SIZE for the archive, TAG_FEED_SIZE for a tag).
 */
function newestFirst(articles: readonly Article[], size: number): Article[] {
  const key = (a: Article) => {
    const value = a.datePublished.value;
    if (!value) return null;
    const [year = 0, month = 0, day = 0] = value.split('-').map(Number);
    return year * 10_000 + month * 100 + day;
  };
  const byDate = (a: Article, b: Article) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) return kb === null ? -1 : ka === null ? 1 : kb - ka;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  return [...articles].sort(byDate).slice(0, size);
}

// A republished copy is carried once, under its original (README, Republications): feeds leave copies out.
const everyArticle = getArticles().filter((a) => getStoryJoins(a).republished.copyOf === null);
const feedSets = [
  { name: 'the whole archive', feeds: paths.feeds(), articles: newestFirst(everyArticle, FEED_SIZE) },
  ...getEntities().map((e) => ({
    name: `tag ${e.slug}`,
    feeds: paths.feeds(e.slug),
    articles: newestFirst(everyArticle.filter((a) => a.entities.some((tag) => tag.slug === e.slug)), TAG_FEED_SIZE),
  })),
];
const read = (urlPath: string) => readFileSync(path.join(exportRoot(), urlPath), 'utf8');
const publishedOf = (a: Article) => (a.datePublished.value ? earliestInstant(a.datePublished.value).toISOString() : null);

describe.each(feedSets.map((s) => [s.name, s] as const))('the feeds of %s', (_name, set) => {
  const storyUrls = set.articles.map((a) => `${origin}${paths.article(a.slug)}`);

  it('Atom parses with one entry per story, in order, each linking to a page in the export', () => {
    const feed = parseFeed(read(set.feeds.atom));
    expect(feed.meta.type).toBe('atom');
    expect(feed.items.map((i) => i.url)).toEqual(storyUrls);
    expect(feed.items.every((i) => i.url && resolvesInExport(i.url))).toBe(true);
    expect(feed.self).toBe(`${origin}${set.feeds.atom}`);
  });

  it('Atom dates each story at the first instant of its known period and says so when that is wider than a day', () => {
    const feed = parseFeed(read(set.feeds.atom));
    expect(feed.items.map((i) => i.published?.toISOString() ?? null)).toEqual(set.articles.map(publishedOf));
    expect(feed.items.every((i) => i.updated instanceof Date)).toBe(true);
    set.articles.forEach((a, n) => {
      const content = feed.items[n]?.content ?? '';
      if (a.datePublished.precision === 'day') expect(content).not.toMatch(/only the (month|year) is known|Date unknown/);
      else expect(content).toMatch(/only the (month|year) is known|Date unknown/);
    });
  });

  it('RSS 2.0 parses with the same stories and pubDates, none for undated ones', () => {
    const feed = parseFeed(read(set.feeds.rss));
    expect(feed.meta.type).toBe('rss');
    expect(feed.items.map((i) => i.url)).toEqual(storyUrls);
    expect(feed.items.map((i) => i.published?.toISOString() ?? null)).toEqual(set.articles.map(publishedOf));
  });

  it('JSON Feed matches the 1.1 shape with the same stories and dates', () => {
    const feed = jsonFeed.parse(JSON.parse(read(set.feeds.json)));
    expect(feed.items.map((i) => i.url)).toEqual(storyUrls);
    expect(feed.items.map((i) => i.date_published ?? null)).toEqual(set.articles.map(publishedOf));
  });

  it('is served by nginx with feed content types', async () => {
    const types = await Promise.all(
      [set.feeds.atom, set.feeds.rss, set.feeds.json].map(async (p) => (await fetch(new URL(p, baseUrl()))).headers.get('content-type') ?? ''),
    );
    expect(types[0]).toMatch(/xml/);
    expect(types[1]).toMatch(/xml/);
    expect(types[2]).toMatch(/json/);
  });
});

describe('feed autodiscovery', () => {
  it('every content page links its feeds with rel=alternate, and each linked feed exists', () => {
    const problems = exportPages(exportRoot())
      .filter((p) => p.kind === 'page' && !p.urlPath.startsWith('/404'))
      .flatMap((p) => {
        const links = documentOf(p.file).querySelectorAll('link[rel="alternate"]');
        const types = links.map((l) => l.getAttribute('type'));
        const missing = ['application/atom+xml', 'application/rss+xml', 'application/feed+json'].filter((t) => !types.includes(t));
        const broken = links.map((l) => l.getAttribute('href') ?? '').filter((href) => href.startsWith(origin) && !resolvesInExport(href));
        return [...missing.map((t) => `${p.urlPath}: no ${t}`), ...broken.map((h) => `${p.urlPath}: ${h} missing`)];
      });
    expect(problems).toEqual([]);
  });

  it('a tag page advertises that tag’s own feeds', () => {
    const entity = getEntities()[0];
    if (!entity) return expect(getEntities()).toEqual([]);
    const doc = documentOf(path.join(exportRoot(), paths.tag(entity.slug), 'index.html'));
    const hrefs = doc.querySelectorAll('link[rel="alternate"]').map((l) => l.getAttribute('href'));
    expect(hrefs).toContain(`${origin}${paths.feeds(entity.slug).atom}`);
  });
});
