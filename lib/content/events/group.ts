/**
 * Groups the same event reported by several stories: the same date, at day, month or
 * season precision and not approximate, with at least one shared entity that is more
 * specific than a country (two stories that each say "in 2015 … Belarus" do not report
 * one event). Statements within one story are never merged with each other.
 */
import type { EventDate, StoryEvent } from '../schema';

/** One event as the events page shows it: a lead statement and every story that reports it. */
export type EventGroup = { id: string; date: EventDate; events: StoryEvent[]; entities: string[] };

const GROUPABLE = new Set<EventDate['precision']>(['day', 'month', 'season']);

/** The sort key of a date: where its span starts (ISO strings sort chronologically), then where it ends. */
export const dateKey = (date: EventDate) => `${date.start ?? date.value ?? ''}|${date.end ?? ''}`;

/** Groups `events` (already in timeline order); `broad(slug)` says an entity is too general to match on. */
export function groupEvents(events: readonly StoryEvent[], broad: (slug: string) => boolean): EventGroup[] {
  const groups: EventGroup[] = [];
  const open = new Map<string, EventGroup[]>(); // date key → groups with that exact date
  for (const event of events) {
    const key = `${event.date.precision}|${dateKey(event.date)}`;
    const candidates = GROUPABLE.has(event.date.precision) && !event.date.approximate ? (open.get(key) ?? []) : [];
    const specific = event.entities.filter((s) => !broad(s));
    const match = candidates.find((g) => !g.events.some((e) => e.article === event.article) && specific.some((s) => g.entities.includes(s)));
    if (match) {
      match.events.push(event);
      for (const s of event.entities) if (!match.entities.includes(s)) match.entities.push(s);
      continue;
    }
    const group: EventGroup = { id: event.id, date: event.date, events: [event], entities: [...event.entities] };
    groups.push(group);
    open.set(key, [...candidates, group]);
  }
  return groups;
}
