import Link from '@/components/archive-link';
import { getEntityEvents, getEventYears, getYearCounts, type IndexedEntity } from '@/lib/content';
import { paths } from '@/lib/paths';
import { EventList } from './event-list';
import { EventStrip } from './event-strip';

/** How many of an entity's events its tag page shows; the rest are on /events/<slug>/. */
const TAG_EVENTS = 10;

/**
 * A tag page's "Events" section: the strip of stories and events over time, then the
 * entity's latest-dated events in time order, linking to its full events page.
 */
export function TagEvents({ entity }: { entity: IndexedEntity }) {
  const groups = getEntityEvents(entity.slug);
  const shown = groups.slice(-TAG_EVENTS);
  return (
    <section aria-labelledby="events-heading" className="tag-events mt-12">
      <h2 id="events-heading" className="mb-2 font-sans text-lg font-semibold">
        Events
      </h2>
      <EventStrip id="tag-events-strip" subject={entity.name} stories={getYearCounts(entity.slug).counts} events={getEventYears(entity.slug)} />
      {groups.length ? (
        <>
          {groups.length > shown.length ? (
            <p className="font-sans text-sm text-stone-600 dark:text-stone-400">The latest {shown.length} of {groups.length} events, in time order.</p>
          ) : null}
          <EventList groups={shown} idPrefix="tag-ev" headingLevel={3} />
          <p className="font-sans text-sm">
            <Link href={paths.events(entity.slug)} className="underline underline-offset-4">
              All {groups.length} {groups.length === 1 ? 'event' : 'events'} with {entity.name}
            </Link>
          </p>
        </>
      ) : (
        <p className="font-sans text-sm text-stone-600 dark:text-stone-400">No sentence in these stories dates an event with {entity.name}.</p>
      )}
    </section>
  );
}
