/**
 * The one lookup for the timeline routes: /timeline/ and /timeline/page/<n>/. An entity's
 * timeline is its tag pages (the same stories, order and page size); its old address
 * `/timeline/<entity>/…` is a moved page written by the post-build (lib/paths movedEntityPages).
 */
import { notFound } from 'next/navigation';
import { getChronology, type Article } from '@/lib/content';
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
