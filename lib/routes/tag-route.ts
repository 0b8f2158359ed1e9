/**
 * The one lookup for everything under /tags/: the index (`/tags/`, `/tags/by-count/`, and
 * their `page/<n>/` once the entities outgrow one page), an entity's first page
 * (`/tags/<slug>/`) and its numbered pages (`/tags/<slug>/page/<n>/`). One optional catch-all
 * route serves them all, so the export never has an empty route even when no entity tags anything.
 *
 * An entity has one paged list of its stories and its events. Its first page is the latest: the
 * newest 20 stories and latest 20 events with the entity's counts, years and companions. Its
 * numbered pages count from the oldest, like the archive's timeline: page n holds stories
 * 50(n−1)+1 … 50n counted from the oldest (newest first on the page) and events 40(n−1)+1 … 40n
 * counted from the earliest (TAG_PAGE_STORIES, TAG_PAGE_EVENTS), and names no count, so a story added at the newest end changes the
 * first page and the page it lands on rather than every page (docs/scale.md).
 */
import { notFound } from 'next/navigation';
import { getChronology, getCoOccurring, getEntities, getEntity, getEntityEvents, getYearCounts, type Article, type EntityCount, type EventGroup, type IndexedEntity, type YearCounts } from '@/lib/content';
import { tagIndexOrder } from '@/lib/entity-types';
import { extraPageNumbers, pageCount, paginate, PAGE_SIZE, stableSliceOfPages, TAG_EVENTS_PAGE_SIZE, TAG_INDEX_PAGE_SIZE, TAG_PAGE_EVENTS, TAG_PAGE_STORIES, type Page, type StablePage } from '@/lib/pagination';
import { parseTagSegments, RESERVED_SEGMENTS, tagSegments, type TagSort } from '@/lib/paths';

export type { TagSort } from '@/lib/paths';
export type TagParams = Promise<{ path?: string[] }>;
export type TagRoute =
  /** `entities` is this page's slice of the whole index in this sort. */
  | { kind: 'index'; sort: TagSort; entities: Page<IndexedEntity> }
  /**
   * `/tags/<e>/`: the newest stories and the latest events (oldest first), the entity's counts,
   * years and companions, and how many numbered pages it has (0 when this page holds everything).
   */
  | { kind: 'entity'; entity: IndexedEntity; articles: readonly Article[]; total: number; events: readonly EventGroup[]; eventTotal: number; pages: number; years: YearCounts; together: readonly EntityCount[] }
  /** `/tags/<e>/page/<n>/`: stories and events counted from the oldest; no count, no page count. */
  | { kind: 'entity-page'; entity: IndexedEntity; articles: StablePage<Article>; events: StablePage<EventGroup> };

/** How many numbered pages an entity's list needs: enough for its stories and for its events. */
export function entityPageCount(stories: number, events: number): number {
  return Math.max(pageCount(stories, TAG_PAGE_STORIES), pageCount(events, TAG_PAGE_EVENTS));
}

/** How many numbered pages an entity's list has: none when its first page holds every story and event. */
function numberedPages(stories: number, events: number): number {
  return stories > PAGE_SIZE || events > TAG_EVENTS_PAGE_SIZE ? entityPageCount(stories, events) : 0;
}

/** Every /tags/ page to export: the index's pages in both sorts, then each entity's first page and numbered pages. */
export function tagStaticParams(): { path: string[] }[] {
  const indexPages = [1, ...extraPageNumbers(getEntities().length, TAG_INDEX_PAGE_SIZE)];
  const sorts: TagSort[] = ['name', 'count'];
  return [
    ...sorts.flatMap((sort) => indexPages.map((page) => ({ path: tagSegments({ kind: 'index', sort, page }) }))),
    ...getEntities()
      .filter((e) => !RESERVED_SEGMENTS.includes(e.slug))
      .flatMap((e) => {
        const pages = numberedPages(getChronology(e.slug).length, getEntityEvents(e.slug).length);
        return [null, ...Array.from({ length: pages }, (_, i) => i + 1)].map((page) => ({ path: tagSegments({ kind: 'entity', entity: e.slug, page }) }));
      }),
  ];
}

/** Resolves the route's params, or calls notFound(). */
export async function tagFromParams(params: TagParams): Promise<TagRoute> {
  const parsed = parseTagSegments((await params).path);
  if (!parsed) notFound();
  if (parsed.kind === 'index') {
    const entities = paginate(tagIndexOrder(getEntities(), parsed.sort), parsed.page, TAG_INDEX_PAGE_SIZE);
    if (!entities) notFound();
    return { kind: 'index', sort: parsed.sort, entities };
  }
  const entity = getEntity(parsed.entity);
  if (!entity) notFound();
  const stories = getChronology(entity.slug);
  const allEvents = getEntityEvents(entity.slug);
  const pages = numberedPages(stories.length, allEvents.length);
  if (parsed.page === null) {
    return {
      kind: 'entity',
      entity,
      articles: stories.slice(0, PAGE_SIZE),
      total: stories.length,
      events: allEvents.slice(Math.max(0, allEvents.length - TAG_EVENTS_PAGE_SIZE)),
      eventTotal: allEvents.length,
      pages,
      years: getYearCounts(entity.slug),
      together: getCoOccurring(entity.slug),
    };
  }
  const articles = stableSliceOfPages(stories, parsed.page, pages, 'newest-first', TAG_PAGE_STORIES);
  const events = stableSliceOfPages(allEvents, parsed.page, pages, 'oldest-first', TAG_PAGE_EVENTS);
  if (!articles || !events) notFound();
  return { kind: 'entity-page', entity, articles, events };
}
