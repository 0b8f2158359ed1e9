import { getEventYears, getYearCounts, type EventGroup, type IndexedEntity } from '@/lib/content';
import { EventList } from './event-list';
import { EventStrip } from './event-strip';

/**
 * A tag page's "Events" section: on the entity's first page the strip of stories and events over
 * time and its latest events; on a numbered page its slice of the entity's events counted from the
 * earliest. Either way in time order (the tag page's pagination pages through stories and events
 * together, so no separate events list exists per entity). `note` says which events these are.
 */
export function TagEvents({ entity, events, note, strip }: { entity: IndexedEntity; events: readonly EventGroup[]; note: string | null; strip: boolean }) {
  return (
    <section id="events" aria-labelledby="events-heading" className="tag-events mt-12">
      <h2 id="events-heading" className="mb-2 font-sans text-lg font-semibold">
        Events
      </h2>
      {strip ? <EventStrip id="tag-events-strip" subject={entity.name} stories={getYearCounts(entity.slug).counts} events={getEventYears(entity.slug)} /> : null}
      {note ? <p className="font-sans text-sm text-stone-600 dark:text-stone-400">{note}</p> : null}
      {events.length ? <EventList groups={events} idPrefix="tag-ev" headingLevel={3} /> : null}
    </section>
  );
}
