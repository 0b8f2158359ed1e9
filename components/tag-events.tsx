import { getEventYears, getYearCounts, type EventGroup, type IndexedEntity } from '@/lib/content';
import type { Page } from '@/lib/pagination';
import { EventList } from './event-list';
import { EventStrip } from './event-strip';

/**
 * A tag page's "Events" section: on the first page the strip of stories and events over time,
 * then this page's slice of the entity's events in time order (the tag page's pagination pages
 * through stories and events together, so no separate events list exists per entity).
 */
export function TagEvents({ entity, events }: { entity: IndexedEntity; events: Page<EventGroup> }) {
  const first = events.offset + 1;
  const last = events.offset + events.items.length;
  return (
    <section id="events" aria-labelledby="events-heading" className="tag-events mt-12">
      <h2 id="events-heading" className="mb-2 font-sans text-lg font-semibold">
        Events
      </h2>
      {events.page === 1 ? <EventStrip id="tag-events-strip" subject={entity.name} stories={getYearCounts(entity.slug).counts} events={getEventYears(entity.slug)} /> : null}
      {events.total === 0 ? (
        <p className="font-sans text-sm text-stone-600 dark:text-stone-400">No sentence in these stories dates an event with {entity.name}.</p>
      ) : events.items.length === 0 ? (
        <p className="font-sans text-sm text-stone-600 dark:text-stone-400">All {events.total} events with {entity.name} are on the earlier pages.</p>
      ) : (
        <>
          {events.total > events.items.length ? (
            <p className="font-sans text-sm text-stone-600 dark:text-stone-400">
              Events {first}–{last} of {events.total}, in time order.
            </p>
          ) : null}
          <EventList groups={events.items} idPrefix="tag-ev" headingLevel={3} />
        </>
      )}
    </section>
  );
}
