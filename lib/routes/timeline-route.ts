/**
 * The one lookup for the timeline routes: /timeline/, /timeline/page/<n>/,
 * /timeline/<entity>/ and /timeline/<entity>/page/<n>/.
 */
import { notFound } from 'next/navigation';
import { getChronology, getEntities, getEntity, type Article, type IndexedEntity } from '@/lib/content';
import { extraPageNumbers, paginate, type Page } from '@/lib/pagination';
import { parseTimelineSegments, paths, RESERVED_SEGMENTS, timelineSegments } from '@/lib/paths';

export type TimelineParams = Promise<{ path?: string[] }>;
export type TimelineRoute = { entity: IndexedEntity | undefined; articles: Page<Article>; base: string };

/** Every timeline page to export: the whole archive's pages, then each entity's. */
export function timelineStaticParams(): { path: string[] }[] {
  const segments = (entity: string | undefined, total: number) =>
    [1, ...extraPageNumbers(total)].map((page) => ({ path: timelineSegments({ entity, page }) }));
  return [
    ...segments(undefined, getChronology().length),
    ...getEntities()
      .filter((e) => !RESERVED_SEGMENTS.includes(e.slug))
      .flatMap((e) => segments(e.slug, e.articles.length)),
  ];
}

/** Resolves the route's params, or calls notFound(). */
export async function timelineFromParams(params: TimelineParams): Promise<TimelineRoute> {
  const { path } = await params;
  const parsed = parseTimelineSegments(path);
  if (!parsed) notFound();
  const entity = parsed.entity === undefined ? undefined : getEntity(parsed.entity);
  if (parsed.entity !== undefined && !entity) notFound();
  const articles = paginate(getChronology(entity?.slug), parsed.page);
  if (!articles) notFound();
  return { entity, articles, base: paths.timeline(entity?.slug) };
}
