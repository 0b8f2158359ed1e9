/**
 * The one lookup for the events routes: `/events/`, the overview (the archive's counts, its strip,
 * the entity filter and every year with its count), and `/events/<year>/`, that year's events
 * oldest first, paged within the year (`/events/<year>/page/<n>/`, counted from the year's
 * earliest) only when one year holds more than a page. A story's dated statements then change
 * the pages of the years they name, not every page after the earliest of them (docs/scale.md).
 * The old `/events/page/<n>/` addresses and an entity's old `/events/<entity>/…` are moved pages
 * written by the post-build (lib/paths movedEventsPages, movedEntityPages).
 */
import { notFound } from 'next/navigation';
import { getEntities, getEntityEvents, getEventIndex, type EventGroup, type IndexedEntity } from '@/lib/content';
import { EVENTS_PAGE_SIZE, type StablePage } from '@/lib/pagination';
import { splitByYear, type EventYear } from '@/lib/event-years';
import { eventsSegments, parseEventsSegments, RESERVED_SEGMENTS } from '@/lib/paths';
import { oncePerList, yearPage, yearPageNumbers } from '@/lib/year-pages';

export { EVENTS_PAGE_SIZE } from '@/lib/pagination';

export type EventsParams = Promise<{ path?: string[] }>;

export type EventsRoute =
  /** `/events/`: the archive's event count and every year that has events, oldest first, with its count. */
  | { kind: 'overview'; total: number; years: { year: number; count: number }[] }
  /**
   * `/events/<year>/…`: page n of the year's events counted from its earliest; the year's count
   * only on its first page; on its first page the earlier year and on its last the later year that
   * have events (null at either end, and on the pages between).
   */
  | { kind: 'year'; year: number; groups: StablePage<EventGroup>; total: number | null; earlier: number | null; later: number | null };

const yearsOf = oncePerList((groups: readonly EventGroup[]) => splitByYear(groups));

/** The archive's events by year, oldest year first, each year's groups in the list's order; computed once per event index. */
export function eventYears(): EventYear[] {
  return yearsOf(getEventIndex().groups);
}

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

/** Every events page to export: the overview, then each year's pages. */
export function eventsStaticParams(): { path: string[] }[] {
  const pages = yearPageNumbers(eventYears().map((y) => ({ year: y.year, count: y.groups.length })), EVENTS_PAGE_SIZE);
  return [{ path: eventsSegments({ kind: 'overview' }) }, ...pages.map(({ year, page }) => ({ path: eventsSegments({ kind: 'year', year, page }) }))];
}

/** Resolves the route's params, or calls notFound(). */
export async function eventsFromParams(params: EventsParams): Promise<EventsRoute> {
  const parsed = parseEventsSegments((await params).path);
  if (!parsed) notFound();
  const years = eventYears();
  if (parsed.kind === 'overview') {
    return { kind: 'overview', total: years.reduce((n, y) => n + y.groups.length, 0), years: years.map((y) => ({ year: y.year, count: y.groups.length })) };
  }
  const found = yearPage(years, (y) => y.groups, parsed, 'oldest-first', EVENTS_PAGE_SIZE);
  if (!found) notFound();
  const { at, year, items: groups } = found;
  return {
    kind: 'year',
    year: year.year,
    groups,
    total: parsed.page === 1 ? year.groups.length : null,
    // Only the year's first page links back to the earlier year and only its last on to the later one,
    // so an event in a new year changes one page of each neighbour, not all of them.
    earlier: parsed.page === 1 ? (years[at - 1]?.year ?? null) : null,
    later: groups.newer === 0 ? (years[at + 1]?.year ?? null) : null,
  };
}
