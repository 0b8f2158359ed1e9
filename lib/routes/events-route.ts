/**
 * The one lookup for the events routes: /events/, /events/page/<n>/, /events/<entity>/
 * and /events/<entity>/page/<n>/. Pages are slices of the precomputed event groups, so
 * no page grows with the archive beyond one page of events.
 */
import { notFound } from 'next/navigation';
import { getEntities, getEntity, getEntityEvents, getEventIndex, type EventGroup, type IndexedEntity } from '@/lib/content';
import { extraPageNumbers, paginate, type Page } from '@/lib/pagination';
import { parseTimelineSegments, paths, RESERVED_SEGMENTS, timelineSegments } from '@/lib/paths';

/**
 * Events per list page. An event is a sentence with its date, sources and entities (~1–1.5 KB of
 * HTML), so 40 make a page of roughly 70–90 KB with the strip: under the 150 KB HTML budget, and
 * half the pages of 20 (~1,500 fewer routes to render at 10,000 stories; docs/scale.md).
 */
export const EVENTS_PAGE_SIZE = 40;

export type EventsParams = Promise<{ path?: string[] }>;
export type EventsRoute = { entity: IndexedEntity | undefined; groups: Page<EventGroup>; base: string };

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

/** Every events page to export: the archive's pages, then each entity's. */
export function eventsStaticParams(): { path: string[] }[] {
  const segments = (entity: string | undefined, total: number) =>
    // The events routes have the timeline's segment shape: [entity] [page n].
    [1, ...extraPageNumbers(total, EVENTS_PAGE_SIZE)].map((page) => ({ path: timelineSegments({ entity, page }) }));
  return [...segments(undefined, getEventIndex().groups.length), ...entitiesWithEvents().flatMap(({ entity, count }) => segments(entity.slug, count))];
}

/** Resolves the route's params, or calls notFound(). */
export async function eventsFromParams(params: EventsParams): Promise<EventsRoute> {
  const { path } = await params;
  // Same URL shape as the timeline: [entity] [page n].
  const parsed = parseTimelineSegments(path);
  if (!parsed) notFound();
  const entity = parsed.entity === undefined ? undefined : getEntity(parsed.entity);
  if (parsed.entity !== undefined && (!entity || getEntityEvents(entity.slug).length === 0)) notFound();
  const all = entity ? getEntityEvents(entity.slug) : getEventIndex().groups;
  const groups = paginate(all, parsed.page, EVENTS_PAGE_SIZE);
  if (!groups) notFound();
  return { entity, groups, base: paths.events(entity?.slug) };
}
