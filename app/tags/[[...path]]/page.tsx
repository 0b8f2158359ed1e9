import type { Metadata } from 'next';
import Link from '@/components/archive-link';
import { JsonLd } from '@/components/json-ld';
import { StablePageNav, stableWindow, type PageLink } from '@/components/stable-page-nav';
import { TagArticleList } from '@/components/tag-article-list';
import { TagEvents } from '@/components/tag-events';
import { TagIndex } from '@/components/tag-index';
import { YearBars } from '@/components/year-bars';
import { entityTypeLabel } from '@/lib/entity-types';
import { tagFromParams, tagStaticParams, type TagParams, type TagRoute } from '@/lib/routes/tag-route';
import { jsonLdFor, metadataFor, type SeoRoute } from '@/lib/seo';
import { paths } from '@/lib/paths';
import { pathParams, renderSet } from '@/lib/render-set';

type Props = { params: TagParams };

export const dynamicParams = false;

export function generateStaticParams() {
  return renderSet('tags', pathParams, tagStaticParams);
}

type EntityRoute = Extract<TagRoute, { kind: 'entity' | 'entity-page' }>;

/** The SEO description of the page at these params: the tag index (by name or by count), an entity's first page or a numbered page. */
function seoRoute(route: TagRoute): SeoRoute {
  if (route.kind === 'index') return { kind: 'tags', order: route.sort, page: route.entities.page };
  if (route.kind === 'entity') return { kind: 'tag', entity: route.entity, articles: route.articles, total: route.total };
  const { items, page, first, last } = route.articles;
  return { kind: 'tag', entity: route.entity, articles: items, page, range: { first, last } };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataFor(seoRoute(await tagFromParams(params)));
}

/** The page links, newest first: the entity's first page ("Latest"), then numbered pages down to the oldest (1). */
function navOf(route: EntityRoute): { links: (PageLink | null)[]; prev: PageLink | null; next: PageLink | null } {
  const slug = route.entity.slug;
  const latest: PageLink = { href: paths.tag(slug), text: 'Latest', label: `The latest about ${route.entity.name}`, current: route.kind === 'entity' };
  const numbered = (n: number, current: boolean): PageLink => ({ href: paths.tagPage(slug, n), text: String(n), label: `Page ${n}`, current });
  const named = (window: (number | null)[], page: number | null) => window.reverse().map((n) => (n === null ? null : numbered(n, n === page)));
  if (route.kind === 'entity') {
    if (route.pages === 0) return { links: [], prev: null, next: null };
    // The first page names the newest numbered page and the two before it: a page with nothing newer to name.
    return { links: [latest, ...named(stableWindow(route.pages, 0), null)], prev: null, next: { ...numbered(route.pages, false), text: 'Older →' } };
  }
  const { page, newer } = route.articles;
  return {
    links: [latest, ...named(stableWindow(page, newer), page)],
    prev: newer > 0 ? { ...numbered(page + 1, false), text: '← Newer' } : { ...latest, text: '← Newer', current: false },
    next: page > 1 ? { ...numbered(page - 1, false), text: 'Older →' } : null,
  };
}

/** What the stories heading says: the entity's count on its first page, the range on a numbered one. */
function storiesHeading(route: EntityRoute): string {
  if (route.kind === 'entity') return `${route.total} ${route.total === 1 ? 'story' : 'stories'}${route.pages ? ', the latest first' : ''}`;
  const { first, last, page } = route.articles;
  return last >= first ? `Page ${page}: stories ${first}–${last} counted from the oldest, newest first` : `Page ${page}`;
}

/** Which events the Events section lists, in words (null when it lists all of them). */
function eventsNote(route: EntityRoute): string | null {
  const name = route.entity.name;
  if (route.kind === 'entity') {
    const { events, eventTotal } = route;
    if (eventTotal === 0) return `No sentence in these stories dates an event with ${name}.`;
    return eventTotal > events.length ? `The latest ${events.length} of ${eventTotal} events, in time order; the numbered pages hold them all, from the earliest.` : null;
  }
  const { first, last } = route.events;
  return last >= first ? `Events ${first}–${last} counted from the earliest, in time order.` : `The events with ${name} end on an earlier page.`;
}

export default async function TagsPage({ params }: Props) {
  const route = await tagFromParams(params);
  if (route.kind === 'index') {
    return (
      <>
        <JsonLd data={jsonLdFor(seoRoute(route))} />
        <TagIndex entities={route.entities} sort={route.sort} />
      </>
    );
  }
  const { entity } = route;
  const articles = route.kind === 'entity' ? route.articles : route.articles.items;
  const events = route.kind === 'entity' ? route.events : route.events.items;
  const aliases = entity.aliases.filter((a) => a.toLowerCase() !== entity.name.toLowerCase());
  return (
    <div>
      <JsonLd data={jsonLdFor(seoRoute(route))} />
      <header className="mb-10 max-w-[65ch]">
        <p className="font-sans text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">{entityTypeLabel(entity.type)}</p>
        <h1 className="mt-1 font-serif text-4xl font-semibold tracking-tight">{entity.name}</h1>
        <p className="mt-3 font-serif text-lg text-stone-700 dark:text-stone-300">{entity.description}</p>
        {aliases.length ? <p className="mt-2 text-stone-600 dark:text-stone-400">Also written {aliases.join(', ')}.</p> : null}
      </header>
      <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <section aria-labelledby="stories-heading">
          <h2 id="stories-heading" className="mb-4 font-sans text-lg font-semibold">
            {storiesHeading(route)}
          </h2>
          {articles.length ? (
            <TagArticleList articles={articles} entity={entity.slug} />
          ) : (
            <p className="font-sans text-sm text-stone-600 dark:text-stone-400">The stories end on an earlier page; this page continues the events.</p>
          )}
          <StablePageNav label={`More ${entity.name} stories and events`} {...navOf(route)} />
        </section>
        {route.kind === 'entity' ? (
          <aside className="space-y-10" aria-label={`About ${entity.name}`}>
            <section aria-labelledby="time-heading">
              <h2 id="time-heading" className="mb-3 font-sans text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">In time</h2>
              <YearBars counts={route.years.counts} undated={route.years.undated} />
            </section>
            {route.together.length ? (
              <section aria-labelledby="together-heading">
                <h2 id="together-heading" className="mb-3 font-sans text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">Often appears with</h2>
                <ul className="together">
                  {route.together.map(({ entity: e, count }) => (
                    <li key={e.slug}>
                      <Link href={paths.tag(e.slug)}>{e.name}</Link>
                      <span>
                        {count}<span className="sr-only"> shared {count === 1 ? 'story' : 'stories'}</span>
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </aside>
        ) : (
          <aside aria-label={`About ${entity.name}`} className="font-sans text-sm">
            <Link href={paths.tag(entity.slug)} className="underline underline-offset-4">
              {entity.name}: the latest stories, counts by year and related tags
            </Link>
          </aside>
        )}
      </div>
      <TagEvents entity={entity} events={events} note={eventsNote(route)} strip={route.kind === 'entity'} />
    </div>
  );
}
