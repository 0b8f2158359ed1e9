/**
 * The year an event is listed under on the events pages (`/events/<year>/`) and the archive's
 * event groups split by it. One rule for the routes, the moved old pages and the page data:
 * the year an event begins in (its span's start, else its value), as the events index counts
 * its years (lib/content/events/index.ts).
 */
import type { EventGroup } from '@/lib/content';

/** One year of events: its number and its groups, in the list's order (oldest first). */
export type EventYear = { year: number; groups: readonly EventGroup[] };

/** The year an event group starts in, or null when unknown. */
export function groupYear(group: Pick<EventGroup, 'date'>): number | null {
  const iso = group.date.start ?? group.date.value;
  const year = iso ? Number(iso.slice(0, 4)) : NaN;
  return Number.isInteger(year) ? year : null;
}

/** `groups` (oldest first) by year, oldest year first; groups without a year are left out. */
export function splitByYear(groups: readonly EventGroup[]): EventYear[] {
  const byYear = new Map<number, EventGroup[]>();
  for (const g of groups) {
    const year = groupYear(g);
    if (year === null) continue;
    const list = byYear.get(year);
    if (list) list.push(g);
    else byYear.set(year, [g]);
  }
  return [...byYear].sort(([a], [b]) => a - b).map(([year, list]) => ({ year, groups: list }));
}
