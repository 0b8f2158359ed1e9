/**
 * The one lookup for the events routes: /events/ and /events/page/<n>/. Pages are slices of
 * the precomputed event groups, oldest first, so no page grows with the archive beyond one page
 * of events. Page 1 is the overview (the archive's counts, its strip, the entity filter); a
 * later page is its events and links to its neighbours only, so it changes when its own
 * events do, not whenever any story arrives (docs/scale.md).
 * An entity's events are on its tag pages; its old `/events/<entity>/…` addresses are moved
 * pages written by the post-build (lib/paths movedEntityPages).
 */
import { notFound } from 'next/navigation';
import { getEntities, getEntityEvents, getEventIndex, type EventGroup, type IndexedEntity } from '@/lib/content';
import { EVENTS_PAGE_SIZE, extraPageNumbers, pageFromOldest, paginate, type Page, type StablePage } from '@/lib/pagination';

export { EVENTS_PAGE_SIZE } from '@/lib/pagination';
import { parseTimelineSegments, paths, RESERVED_SEGMENTS, timelineSegments } from '@/lib/paths';


export type EventsParams = Promise<{ path?: string[] }>;
export type EventsRoute =
  /** `/events/`: the oldest events with the archive's counts and page count. */
  | { kind: 'overview'; groups: Page<EventGroup>; base: string }
  /** `/events/page/<n>/`: a stable page, naming neither the total nor the page count. */
  | { kind: 'page'; groups: StablePage<EventGroup> };

let withEvents: { entity: IndexedEntity; count: number }[] | undefined;

/** Entities that take part in at least one dated event (and so have an events page), most events first; computed once. */
export function entitiesWithEvents(): { entity: IndexedEntity; count: number }[] {
  withEvents ??= getEntities()
    .filter((e) => !RESERVED_SEGMENTS.includes(e.slug))
    .map((entity) => ({ entity, count: getEntityEvents(entity.slug).length }))
    .filter((e) => e.count > 0)
    .sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name));
  return withEvents;
}

/** Every events page to export: the archive's pages. */
export function eventsStaticParams(): { path: string[] }[] {
  // The events routes have the timeline's segment shape: [page n].
  return [1, ...extraPageNumbers(getEventIndex().groups.length, EVENTS_PAGE_SIZE)].map((page) => ({ path: timelineSegments({ entity: undefined, page }) }));
}

/** Resolves the route's params, or calls notFound(). */
export async function eventsFromParams(params: EventsParams): Promise<EventsRoute> {
  const { path } = await params;
  // Same URL shape as the timeline: [entity] [page n].
  const parsed = parseTimelineSegments(path);
  if (!parsed || parsed.entity !== undefined) notFound();
  const all = getEventIndex().groups;
  if (parsed.page === 1) {
    const groups = paginate(all, 1, EVENTS_PAGE_SIZE);
    if (!groups) notFound();
    return { kind: 'overview', groups, base: paths.events() };
  }
  const groups = pageFromOldest(all, parsed.page, 'oldest-first', EVENTS_PAGE_SIZE);
  if (!groups) notFound();
  return { kind: 'page', groups };
}
