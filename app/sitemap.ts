import type { MetadataRoute } from 'next';
import { getArticles, getArticlesForEntity, getChronology } from '@/lib/content';
import { paths } from '@/lib/paths';
import { eventsStaticParams } from '@/lib/routes/events-route';
import { tagStaticParams } from '@/lib/routes/tag-route';
import { timelineStaticParams } from '@/lib/routes/timeline-route';
import { sitemapEntries, type SitemapPage } from '@/lib/sitemap';

export const dynamic = 'force-static';

const joined = (segments: readonly string[]) => (segments.length ? `${segments.join('/')}/` : '');

/** Every page, from the same static params the routes export, so the two cannot disagree. */
export default function sitemap(): MetadataRoute.Sitemap {
  const all = getArticles();
  const pages: SitemapPage[] = [
    { path: paths.home(), articles: all },
    ...timelineStaticParams().map(({ path }) => {
      // `[]`, `['page','2']`, `['belarus']` or `['belarus','page','2']`: an odd length starts with an entity.
      const entity = path.length % 2 === 1 ? path[0] : undefined;
      return { path: `/timeline/${joined(path)}`, articles: getChronology(entity) };
    }),
    ...tagStaticParams().map(({ path }) => {
      // `[]` and `['by-count']` are the index; anything else starts with an entity's slug.
      const entity = path[0] !== undefined && path[0] !== 'by-count' ? path[0] : undefined;
      return { path: `/tags/${joined(path)}`, articles: entity ? getArticlesForEntity(entity) : all };
    }),
    ...eventsStaticParams().map(({ path }) => {
      // Same shape as the timeline's: an odd length starts with an entity.
      const entity = path.length % 2 === 1 ? path[0] : undefined;
      return { path: `/events/${joined(path)}`, articles: getChronology(entity) };
    }),
    { path: paths.search(), articles: [] },
    ...all.map((a) => ({ path: paths.article(a.slug), articles: [a] })),
  ];
  return sitemapEntries(pages);
}
