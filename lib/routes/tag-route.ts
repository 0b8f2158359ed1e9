/**
 * The one lookup for everything under /tags/: the index (`/tags/`, `/tags/by-count/`, and
 * their `page/<n>/` once the entities outgrow one page), an
 * entity's page (`/tags/<slug>/`) and its further pages (`/tags/<slug>/page/<n>/`). One
 * optional catch-all route serves them all, so the export never has an empty route even
 * when no entity tags anything.
 *
 * An entity has one paged list: page n carries its n-th slice of stories (newest first, which
 * is its timeline) and its n-th slice of events (oldest first), so its pages grow with its
 * stories and events rather than three lists each growing with every mention (docs/scale.md).
 */
import { notFound } from 'next/navigation';
import { getChronology, getCoOccurring, getEntities, getEntity, getEntityEvents, getYearCounts, type Article, type EntityCount, type EventGroup, type IndexedEntity, type YearCounts } from '@/lib/content';
import { tagIndexOrder } from '@/lib/entity-types';
import { extraPageNumbers, pageCount, paginate, sliceOfPages, TAG_EVENTS_PAGE_SIZE, TAG_INDEX_PAGE_SIZE, type Page } from '@/lib/pagination';
import { parseTagSegments, RESERVED_SEGMENTS, tagSegments, type TagSort } from '@/lib/paths';

export type { TagSort } from '@/lib/paths';
export type TagParams = Promise<{ path?: string[] }>;
export type TagRoute =
  /** `entities` is this page's slice of the whole index in this sort. */
  | { kind: 'index'; sort: TagSort; entities: Page<IndexedEntity> }
  /** `articles` and `events` are this page's slices; both share the page's number and page count. */
  | { kind: 'entity'; entity: IndexedEntity; articles: Page<Article>; events: Page<EventGroup>; years: YearCounts; together: readonly EntityCount[] };

/** How many pages an entity's list has: enough for its stories and for its events. */
export function entityPageCount(stories: number, events: number): number {
  return Math.max(pageCount(stories), pageCount(events, TAG_EVENTS_PAGE_SIZE));
}

/** Every /tags/ page to export: the index's pages in both sorts, then each entity's pages. */
export function tagStaticParams(): { path: string[] }[] {
  const indexPages = [1, ...extraPageNumbers(getEntities().length, TAG_INDEX_PAGE_SIZE)];
  const sorts: TagSort[] = ['name', 'count'];
  return [
    ...sorts.flatMap((sort) => indexPages.map((page) => ({ path: tagSegments({ kind: 'index', sort, page }) }))),
    ...getEntities()
      .filter((e) => !RESERVED_SEGMENTS.includes(e.slug))
      .flatMap((e) =>
        Array.from({ length: entityPageCount(getChronology(e.slug).length, getEntityEvents(e.slug).length) }, (_, i) => ({ path: tagSegments({ kind: 'entity', entity: e.slug, page: i + 1 }) })),
      ),
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
  const count = entityPageCount(stories.length, allEvents.length);
  const articles = sliceOfPages(stories, parsed.page, count);
  const events = sliceOfPages(allEvents, parsed.page, count, TAG_EVENTS_PAGE_SIZE);
  if (!articles || !events) notFound();
  return { kind: 'entity', entity, articles, events, years: getYearCounts(entity.slug), together: getCoOccurring(entity.slug) };
}
