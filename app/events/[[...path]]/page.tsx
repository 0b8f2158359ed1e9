import type { Metadata } from 'next';
import Link from '@/components/archive-link';
import { EventList } from '@/components/event-list';
import { EventStrip } from '@/components/event-strip';
import { JsonLd } from '@/components/json-ld';
import { PaginationNav } from '@/components/pagination-nav';
import { getEventIndex, getEventYears } from '@/lib/content';
import { entitiesWithEvents, eventsFromParams, eventsStaticParams, type EventsParams } from '@/lib/routes/events-route';
import { paths } from '@/lib/paths';
import { jsonLdFor, metadataFor, type SeoRoute } from '@/lib/seo';
import { renderSet } from '@/lib/render-set';

type Props = { params: EventsParams };

export const dynamicParams = false;

/** How many entities the "filter by" list offers: those in the most events (see entitiesWithEvents). */
const FILTER_ENTITIES = 16;

export function generateStaticParams() {
  return renderSet('events', eventsStaticParams());
}

async function seoRoute(params: EventsParams): Promise<SeoRoute> {
  const { groups } = await eventsFromParams(params);
  return { kind: 'events', total: groups.total, page: groups.page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataFor(await seoRoute(params));
}

export default async function EventsPage({ params }: Props) {
  const { groups, base } = await eventsFromParams(params);
  const index = getEventIndex();
  const eventsPerYear = getEventYears();
  const filters = entitiesWithEvents().slice(0, FILTER_ENTITIES);
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd data={jsonLdFor(await seoRoute(params))} />
      <header className="mb-4">
        <h1 className="font-serif text-4xl font-semibold tracking-tight">Events</h1>
        <p className="mt-2 text-stone-600 dark:text-stone-400">
          What happened when, as the stories tell it: {groups.total} dated {groups.total === 1 ? 'event' : 'events'}, oldest first, each at the precision its sentence gives and linked to
          the paragraph it comes from.
          {groups.pageCount > 1 ? ` Page ${groups.page} of ${groups.pageCount}.` : ''}
          {index.withoutYear > 0
            ? ` ${index.withoutYear} ${index.withoutYear === 1 ? 'statement whose year is unknown is' : 'statements whose year is unknown are'} left out.`
            : ''}
        </p>
      </header>
      <EventStrip id="events-strip" subject="The archive" stories={index.storiesPerYear} events={eventsPerYear} />
      {filters.length ? (
        <nav aria-label="Events by entity" className="my-4 font-sans text-sm">
          {/* An entity's events are on its tag pages, beside its stories. */}
          <h2 className="mb-2 font-semibold">Events by entity</h2>
          <ul className="flex flex-wrap gap-2">
            {filters.map(({ entity: e, count }) => (
              <li key={e.slug}>
                <Link
                  href={paths.tagEvents(e.slug)}
                  className="inline-flex gap-1.5 rounded-full border border-stone-300 px-3 py-1 text-stone-800 no-underline hover:bg-stone-100 aria-[current=page]:bg-stone-800 aria-[current=page]:text-white dark:border-stone-700 dark:text-stone-200 dark:hover:bg-stone-800"
                >
                  {e.name} <span className="text-stone-600 dark:text-stone-400">{count}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <EventList groups={groups.items} />
      <PaginationNav base={base} page={groups.page} pageCount={groups.pageCount} label="Events pages" />
    </div>
  );
}
