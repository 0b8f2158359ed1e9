import type { MetadataRoute } from 'next';
import { getArticlesForEntity, getChronology } from '@/lib/content';
import { eventsPagePath, parseEventsSegments, parseTagSegments, parseTimelineListSegments, paths, tagPagePath, timelineListPath } from '@/lib/paths';
import { eventsStaticParams } from '@/lib/routes/events-route';
import { tagStaticParams } from '@/lib/routes/tag-route';
import { timelineStaticParams } from '@/lib/routes/timeline-route';
import { sitemapEntries, type SitemapPage } from '@/lib/sitemap';

export const dynamic = 'force-static';

/** Every page, from the same static params the routes export, read back by the same parsers, so the two cannot disagree. */
export default function sitemap(): MetadataRoute.Sitemap {
  // Listed stories only: a republished copy names its original as canonical, so the sitemap leaves it out.
  const all = getChronology();
  const pages: SitemapPage[] = [
    { path: paths.home(), articles: all },
    ...timelineStaticParams().flatMap(({ path }) => {
      const page = parseTimelineListSegments(path);
      return page === undefined ? [] : [{ path: timelineListPath(page), articles: all }];
    }),
    ...tagStaticParams().flatMap(({ path }) => {
      const page = parseTagSegments(path);
      if (!page) return [];
      return [{ path: tagPagePath(page), articles: page.kind === 'entity' ? getArticlesForEntity(page.entity) : all }];
    }),
    ...eventsStaticParams().flatMap(({ path }) => {
      const page = parseEventsSegments(path);
      return page ? [{ path: eventsPagePath(page), articles: all }] : [];
    }),
    { path: paths.search(), articles: [] },
    ...all.map((a) => ({ path: paths.article(a.slug), articles: [a] })),
  ];
  return sitemapEntries(pages);
}
