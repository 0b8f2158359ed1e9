import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from '@/components/archive-link';
import { EventList } from '@/components/event-list';
import { EventStrip } from '@/components/event-strip';
import { JsonLd } from '@/components/json-ld';
import { StablePageNav, stableWindow, type PageLink } from '@/components/stable-page-nav';
import { getEventIndex, getEventYears } from '@/lib/content';
import { entitiesWithEvents, eventsFromParams, eventsStaticParams, type EventsParams, type EventsRoute } from '@/lib/routes/events-route';
import { paths } from '@/lib/paths';
import { jsonLdFor, metadataFor, type SeoRoute } from '@/lib/seo';
import { pathParams, renderSet } from '@/lib/render-set';

type Props = { params: EventsParams };

export const dynamicParams = false;

/** How many entities the "filter by" list offers: those in the most events (see entitiesWithEvents). */
const FILTER_ENTITIES = 16;

/** The previous and next links' words: the list runs oldest first. */
const LABELS = { prev: '← Earlier', next: 'Later →' };

export function generateStaticParams() {
  return renderSet('events', pathParams, eventsStaticParams);
}

function seoRoute(route: EventsRoute): SeoRoute {
  if (route.kind === 'overview') return { kind: 'events', total: route.total };
  const { page, first, last } = route.groups;
  return { kind: 'events', year: route.year, page, range: { first, last } };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataFor(seoRoute(await eventsFromParams(params)));
}

/** Every events page's heading, with what this page holds in words. */
function EventsHeader({ title = 'Events', children }: { title?: string; children: ReactNode }) {
  return (
    <header className="mb-4">
      <h1 className="font-serif text-4xl font-semibold tracking-tight">{title}</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">{children}</p>
    </header>
  );
}

/** The year's pages named by number, with the year as page 1. */
const yearPage = (year: number, n: number, current: boolean): PageLink => ({ href: paths.eventsYear(year, n), text: String(n), label: `${year}, page ${n}`, current });
/** A neighbouring year's first page. */
const yearLink = (year: number, text: string): PageLink => ({ href: paths.eventsYear(year), text, label: `Events of ${year}`, current: false });

/**
 * A year's page: its events, oldest first; its page links within the year (naming neither the
 * year's last page nor, after the first, its count) and the neighbouring years, so reading on from
 * "Later →" walks every event of the archive from the first year's page.
 */
function YearEventsPage({ route }: { route: Extract<EventsRoute, { kind: 'year' }> }) {
  const { year, total, earlier, later } = route;
  const { items, page, first, last, newer } = route.groups;
  const links = page === 1 && newer === 0 ? [] : stableWindow(page, newer).map((n) => (n === null ? null : yearPage(year, n, n === page)));
  const prev = page > 1 ? { ...yearPage(year, page - 1, false), text: LABELS.prev } : earlier === null ? null : yearLink(earlier, `← ${earlier}`);
  const next = newer > 0 ? { ...yearPage(year, page + 1, false), text: LABELS.next } : later === null ? null : yearLink(later, `${later} →`);
  const overview = (
    <Link href={paths.events()} className="underline underline-offset-4">
      All years: counts by year and by entity
    </Link>
  );
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd data={jsonLdFor(seoRoute(route))} />
      <EventsHeader title={`Events of ${year}`}>
        {total !== null
          ? `${total} dated ${total === 1 ? 'event' : 'events'} that began in ${year}`
          : `Page ${page} of ${year}: events ${first}–${last} of the year counted from its earliest`}
        , oldest first, each at the precision its sentence gives and linked to the paragraph it comes from. {overview}.
      </EventsHeader>
      <EventList groups={items} />
      <StablePageNav label={`Events pages of ${year}`} links={links} prev={prev} next={next} />
    </div>
  );
}

export default async function EventsPage({ params }: Props) {
  const route = await eventsFromParams(params);
  if (route.kind === 'year') return <YearEventsPage route={route} />;
  const { total, years } = route;
  const index = getEventIndex();
  const eventsPerYear = getEventYears();
  const filters = entitiesWithEvents().slice(0, FILTER_ENTITIES);
  const firstYear = years[0]?.year;
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd data={jsonLdFor(seoRoute(route))} />
      {firstYear === undefined ? null : <link rel="next" href={paths.eventsYear(firstYear)} />}
      <EventsHeader>
        What happened when, as the stories tell it: {total} dated {total === 1 ? 'event' : 'events'}, by the year each began, each at the precision its sentence gives and linked to
        the paragraph it comes from.
        {index.withoutYear > 0
          ? ` ${index.withoutYear} ${index.withoutYear === 1 ? 'statement whose year is unknown is' : 'statements whose year is unknown are'} left out.`
          : ''}
      </EventsHeader>
      <EventStrip id="events-strip" subject="The archive" stories={index.storiesPerYear} events={eventsPerYear} />
      {years.length ? (
        <nav aria-label="Events by year" className="my-6 font-sans text-sm">
          <h2 className="mb-2 font-semibold">Events by year</h2>
          <ol className="flex flex-wrap gap-2">
            {years.map(({ year, count }) => (
              <li key={year}>
                <Link href={paths.eventsYear(year)} className="inline-flex gap-1.5 rounded-md border border-stone-300 px-3 py-1 text-stone-800 no-underline hover:bg-stone-100 dark:border-stone-700 dark:text-stone-200 dark:hover:bg-stone-800">
                  {year} <span className="text-stone-600 dark:text-stone-400">{count}<span className="sr-only"> {count === 1 ? 'event' : 'events'}</span></span>
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
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
    </div>
  );
}
