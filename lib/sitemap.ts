/**
 * The sitemap's entries. Each page names the stories it lists; its lastmod is
 * the newest date among them, at that date's real precision (W3C Datetime
 * allows `2015-12` and `2015`). A page listing no dated story has none.
 */
import type { MetadataRoute } from 'next';
import type { Article } from '@/lib/content/schema';
import { absoluteUrl } from '@/lib/site';

/** A page of the site and the stories it shows (a story page shows itself). */
export type SitemapPage = { path: string; articles: readonly Article[] };

/** The newest of some ISO partial dates. Comparing strings works because they share a prefix order. */
function newest(dates: readonly (string | null | undefined)[]): string | null {
  const known = dates.filter((d): d is string => Boolean(d));
  return known.length ? known.reduce((a, b) => (b > a ? b : a)) : null;
}

/** The latest date a story was published or modified, at its own precision; null if undated. */
export function lastChanged(article: Article): string | null {
  return newest([article.dateModified?.value, article.datePublished.value]);
}

/** One sitemap entry per page, with absolute URLs, in the order given. */
export function sitemapEntries(pages: readonly SitemapPage[]): MetadataRoute.Sitemap {
  return pages.map(({ path, articles }) => {
    const lastModified = newest(articles.map(lastChanged));
    return { url: absoluteUrl(path), ...(lastModified ? { lastModified } : {}) };
  });
}
