/**
 * The one lookup for the timeline routes: `/timeline/`, the archive's latest stories with its
 * overview, and `/timeline/page/<n>/`, the n-th page counted from the oldest story. Counting from
 * the oldest keeps a page's stories when newer ones arrive, so one story added re-renders the
 * latest page and the page it lands on, not every page (docs/scale.md). An entity's timeline is
 * its tag pages; its old address `/timeline/<entity>/…` is a moved page written by the post-build
 * (lib/paths movedEntityPages).
 */
import { notFound } from 'next/navigation';
import { getChronology, getEntities, getEntity, type Article, type IndexedEntity } from '@/lib/content';
import { FEATURED_ENTITIES } from '@/lib/featured';
import { pageCount, pageFromOldest, pageOfItem, PAGE_SIZE, type StablePage } from '@/lib/pagination';
import { parseTimelineListSegments, timelineListSegments } from '@/lib/paths';

export type TimelineParams = Promise<{ path?: string[] }>;
export type TimelineRoute =
  /** `/timeline/`: the newest PAGE_SIZE stories, the archive's count, and the page holding the story just older (null when none). */
  | { kind: 'latest'; articles: Article[]; total: number; older: number | null }
  /** `/timeline/page/<n>/`: a stable page, which names neither the total nor the page count. */
  | { kind: 'page'; articles: StablePage<Article> };

/** Every timeline page to export: the latest stories, and the pages counted from the oldest once the archive outgrows one page. */
export function timelineStaticParams(): { path: string[] }[] {
  const total = getChronology().length;
  const pages = total > PAGE_SIZE ? Array.from({ length: pageCount(total) }, (_, i) => i + 1) : [];
  return [null, ...pages].map((page) => ({ path: timelineListSegments(page) }));
}

/** Resolves the route's params, or calls notFound() (an entity's old timeline is not a route). */
export async function timelineFromParams(params: TimelineParams): Promise<TimelineRoute> {
  const page = parseTimelineListSegments((await params).path);
  if (page === undefined) notFound();
  const all = getChronology();
  if (page === null) {
    // The story just older than the latest page is number total − PAGE_SIZE counted from the oldest.
    const older = all.length > PAGE_SIZE ? pageOfItem(all.length - PAGE_SIZE) : null;
    return { kind: 'latest', articles: all.slice(0, PAGE_SIZE), total: all.length, older };
  }
  // With one page, the latest page is the whole list: no numbered page exists.
  const articles = all.length > PAGE_SIZE ? pageFromOldest(all, page, 'newest-first') : undefined;
  if (!articles) notFound();
  return { kind: 'page', articles };
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
