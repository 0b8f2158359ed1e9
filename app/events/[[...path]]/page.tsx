import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from '@/components/archive-link';
import { EventList } from '@/components/event-list';
import { EventStrip } from '@/components/event-strip';
import { JsonLd } from '@/components/json-ld';
import { PaginationNav } from '@/components/pagination-nav';
import { StablePageNav, stableWindow, type PageLink } from '@/components/stable-page-nav';
import { getEventIndex, getEventYears, type EventGroup } from '@/lib/content';
import { entitiesWithEvents, eventsFromParams, eventsStaticParams, type EventsParams, type EventsRoute } from '@/lib/routes/events-route';
import { paths } from '@/lib/paths';
import { jsonLdFor, metadataFor, type SeoRoute } from '@/lib/seo';
import { renderSet } from '@/lib/render-set';

type Props = { params: EventsParams };

export const dynamicParams = false;

/** How many entities the "filter by" list offers: those in the most events (see entitiesWithEvents). */
const FILTER_ENTITIES = 16;

/** The previous and next links' words: the list runs oldest first. */
const LABELS = { prev: '← Earlier', next: 'Later →' };

export function generateStaticParams() {
  return renderSet('events', eventsStaticParams());
}

function seoRoute(route: EventsRoute): SeoRoute {
  if (route.kind === 'overview') return { kind: 'events', total: route.groups.total, page: 1 };
  const { page, first, last } = route.groups;
  return { kind: 'events', page, range: { first, last } };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataFor(seoRoute(await eventsFromParams(params)));
}

const numbered = (n: number, current: boolean): PageLink => ({ href: paths.events(undefined, n), text: String(n), label: `Page ${n}`, current });

/** "1995–1997": the years of a page's first and last events (a span's start), or one year. */
function yearRange(groups: readonly EventGroup[]): string | null {
  const year = (g: EventGroup | undefined) => (g?.date.start ?? g?.date.value ?? '').slice(0, 4) || null;
  const from = year(groups[0]);
  const to = year(groups.at(-1));
  if (from === null || to === null) return null;
  return from === to ? from : `${from}–${to}`;
}

/** Every events page's heading, with what this page holds in words. */
function EventsHeader({ children }: { children: ReactNode }) {
  return (
    <header className="mb-4">
      <h1 className="font-serif text-4xl font-semibold tracking-tight">Events</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">{children}</p>
    </header>
  );
}

/** A later page: its events, where they sit in the list, and links to its neighbours and the overview. */
function StableEventsPage({ route }: { route: Extract<EventsRoute, { kind: 'page' }> }) {
  const { items, page, first, last, newer } = route.groups;
  const years = yearRange(items);
  const links = stableWindow(page, newer).map((n) => (n === null ? null : numbered(n, n === page)));
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd data={jsonLdFor(seoRoute(route))} />
      <EventsHeader>
        Page {page}: dated events {first}–{last} counted from the earliest{years ? `, ${years}` : ''}, oldest first, each at the precision its sentence gives and linked to the
        paragraph it comes from.{' '}
        <Link href={paths.events()} className="underline underline-offset-4">All events: counts by year and by entity</Link>.
      </EventsHeader>
      <EventList groups={items} />
      <StablePageNav
        label="Events pages"
        links={links}
        prev={{ ...numbered(page - 1, false), text: LABELS.prev }}
        next={newer > 0 ? { ...numbered(page + 1, false), text: LABELS.next } : null}
      />
    </div>
  );
}

export default async function EventsPage({ params }: Props) {
  const route = await eventsFromParams(params);
  if (route.kind === 'page') return <StableEventsPage route={route} />;
  const { groups, base } = route;
  const index = getEventIndex();
  const eventsPerYear = getEventYears();
  const filters = entitiesWithEvents().slice(0, FILTER_ENTITIES);
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd data={jsonLdFor(seoRoute(route))} />
      <EventsHeader>
        What happened when, as the stories tell it: {groups.total} dated {groups.total === 1 ? 'event' : 'events'}, oldest first, each at the precision its sentence gives and linked to
        the paragraph it comes from.
        {groups.pageCount > 1 ? ` Page ${groups.page} of ${groups.pageCount}.` : ''}
        {index.withoutYear > 0
          ? ` ${index.withoutYear} ${index.withoutYear === 1 ? 'statement whose year is unknown is' : 'statements whose year is unknown are'} left out.`
          : ''}
      </EventsHeader>
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
      <PaginationNav base={base} page={groups.page} pageCount={groups.pageCount} label="Events pages" labels={LABELS} />
    </div>
  );
}
