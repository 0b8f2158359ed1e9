/**
 * The sitemap's entries, from the same lists the pages are generated from.
 * `lastModified` keeps the real precision of the newest known date (W3C
 * Datetime allows `2015-12` and `2015`); a page with no dated story has none.
 */
import type { MetadataRoute } from 'next';
import type { Article, IndexedEntity } from '@/lib/content/schema';
import { paths } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site';

/** The latest date a story was published or modified, at its own precision; null if undated. */
export function lastChanged(article: Article): string | null {
  const dates = [article.dateModified?.value, article.datePublished.value].filter((d): d is string => Boolean(d));
  return newest(dates);
}

/** The newest of some ISO partial dates. Comparing strings works because they share a prefix order. */
function newest(dates: readonly (string | null)[]): string | null {
  const known = dates.filter((d): d is string => d !== null);
  return known.length ? known.reduce((a, b) => (b > a ? b : a)) : null;
}

const entry = (path: string, lastModified: string | null): MetadataRoute.Sitemap[number] => ({
  url: absoluteUrl(path),
  ...(lastModified ? { lastModified } : {}),
});

/** Every page of the site: home, timeline, tag index, search, each story and each tag. */
export function sitemapEntries(articles: readonly Article[], entities: readonly IndexedEntity[]): MetadataRoute.Sitemap {
  const changedById = new Map(articles.map((a) => [a.id, lastChanged(a)]));
  const archiveChanged = newest([...changedById.values()]);
  return [
    entry(paths.home(), archiveChanged),
    entry(paths.timeline(), archiveChanged),
    entry(paths.tags(), archiveChanged),
    entry(paths.search(), null),
    ...articles.map((a) => entry(paths.article(a.slug), changedById.get(a.id) ?? null)),
    ...entities.map((e) => entry(paths.tag(e.slug), newest(e.articles.map((id) => changedById.get(id) ?? null)))),
  ];
}
