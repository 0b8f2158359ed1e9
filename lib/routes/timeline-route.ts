/**
 * The one lookup for the timeline routes: /timeline/ and /timeline/page/<n>/. An entity's
 * timeline is its tag pages (the same stories, order and page size); its old address
 * `/timeline/<entity>/…` is a moved page written by the post-build (lib/paths movedEntityPages).
 */
import { notFound } from 'next/navigation';
import { getChronology, getEntities, getEntity, type Article, type IndexedEntity } from '@/lib/content';
import { FEATURED_ENTITIES } from '@/lib/featured';
import { extraPageNumbers, paginate, type Page } from '@/lib/pagination';
import { parseTimelineSegments, paths, timelineSegments } from '@/lib/paths';

export type TimelineParams = Promise<{ path?: string[] }>;
export type TimelineRoute = { articles: Page<Article>; base: string };

/** Every timeline page to export: the whole archive's pages. */
export function timelineStaticParams(): { path: string[] }[] {
  return [1, ...extraPageNumbers(getChronology().length)].map((page) => ({ path: timelineSegments({ entity: undefined, page }) }));
}

/** Resolves the route's params, or calls notFound() (an entity's old timeline is not a route). */
export async function timelineFromParams(params: TimelineParams): Promise<TimelineRoute> {
  const { path } = await params;
  const parsed = parseTimelineSegments(path);
  if (!parsed || parsed.entity !== undefined) notFound();
  const articles = paginate(getChronology(), parsed.page);
  if (!articles) notFound();
  return { articles, base: paths.timeline() };
}

/** How many entity chips the timeline's filter offers. */
const FILTER_CHIPS = 12;

/**
 * The entities the timeline's filter offers as chips: the featured ones, then the most used, each
 * once. The page draws them and the incremental build's page data (scripts/incremental/page-data.ts) hashes them.
 */
export function timelineChips(): IndexedEntity[] {
  const featured = FEATURED_ENTITIES.flatMap((slug) => getEntity(slug) ?? []);
  return [...featured, ...getEntities().filter((e) => !FEATURED_ENTITIES.includes(e.slug))]
    .slice(0, FILTER_CHIPS)
    .filter((e, i, list) => list.findIndex((x) => x.slug === e.slug) === i);
}
