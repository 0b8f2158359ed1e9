import type { Metadata } from 'next';
import Link from '@/components/archive-link';
import { JsonLd } from '@/components/json-ld';
import { StablePageNav, stableWindow, type PageLink } from '@/components/stable-page-nav';
import { TimelineFilter } from '@/components/timeline-filter';
import { TimelineView } from '@/components/timeline-view';
import { getEntity, groupTimeline, type Article } from '@/lib/content';
import { dateInWords } from '@/lib/describe-date';
import { timelineChips, timelineFromParams, timelineStaticParams, type TimelineParams, type TimelineRoute } from '@/lib/routes/timeline-route';
import { jsonLdFor, metadataFor, type SeoRoute } from '@/lib/seo';
import { paths } from '@/lib/paths';
import { renderSet } from '@/lib/render-set';

type Props = { params: TimelineParams };

export const dynamicParams = false;

export function generateStaticParams() {
  return renderSet('timeline', timelineStaticParams());
}

/** The SEO description of one timeline page. */
function seoRoute(route: TimelineRoute): SeoRoute {
  if (route.kind === 'latest') return { kind: 'timeline', articles: route.articles, total: route.total };
  const { items, page, first, last } = route.articles;
  return { kind: 'timeline', articles: items, page, range: { first, last } };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataFor(seoRoute(await timelineFromParams(params)));
}

const LATEST: Omit<PageLink, 'current'> = { href: paths.timeline(), text: 'Latest', label: 'The latest stories' };
const numbered = (n: number, current: boolean): PageLink => ({ href: paths.timelinePage(n), text: String(n), label: `Page ${n}`, current });

/** The page links, newest first: the latest stories, then numbered pages down to the oldest (1). */
function navOf(route: TimelineRoute): { links: (PageLink | null)[]; prev: PageLink | null; next: PageLink | null } {
  if (route.kind === 'latest') {
    if (route.older === null) return { links: [], prev: null, next: null };
    const older = route.older;
    // The latest page names the page just older than itself and the two before it: a page with nothing newer to name.
    const window = stableWindow(older, 0).reverse();
    return { links: [{ ...LATEST, current: true }, ...window.map((n) => (n === null ? null : numbered(n, false)))], prev: null, next: { ...numbered(older, false), text: 'Older →' } };
  }
  const { page, newer } = route.articles;
  const window = stableWindow(page, newer).reverse();
  const links = [{ ...LATEST, current: false }, ...window.map((n) => (n === null ? null : numbered(n, n === page)))];
  return {
    // A trailing gap (more pages newer than it names) reads, newest first, as a gap after "Latest".
    links,
    prev: newer > 0 ? { ...numbered(page + 1, false), text: '← Newer' } : { ...LATEST, text: '← Newer', current: false },
    next: page > 1 ? { ...numbered(page - 1, false), text: 'Older →' } : null,
  };
}

/** "March 2023 – May 2023": the dates of a page's oldest and newest dated stories, as precisely as each is known. */
function dateRange(articles: readonly Article[]): string | null {
  const dated = articles.flatMap((a) => dateInWords(a.datePublished) ?? []);
  const newest = dated[0];
  const oldest = dated.at(-1);
  if (newest === undefined || oldest === undefined) return null;
  return newest === oldest ? newest : `${oldest} – ${newest}`;
}

export default async function TimelinePage({ params }: Props) {
  const route = await timelineFromParams(params);
  const items = route.kind === 'latest' ? route.articles : route.articles.items;
  const names = (slug: string) => getEntity(slug)?.name;
  const nav = navOf(route);
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd data={jsonLdFor(seoRoute(route))} />
      <header className="mb-6">
        <h1 className="font-serif text-4xl font-semibold tracking-tight">Timeline</h1>
        {route.kind === 'latest' ? (
          <p className="mt-2 text-stone-600 dark:text-stone-400">
            {route.total} {route.total === 1 ? 'story' : 'stories'} by publication date, each at the precision its date is known.
            {route.older === null ? '' : ` The latest ${items.length} are here; the numbered pages count from the oldest story, so a page keeps its stories as new ones arrive.`}
          </p>
        ) : (
          <p className="mt-2 text-stone-600 dark:text-stone-400">
            Page {route.articles.page}: stories {route.articles.first}–{route.articles.last} counted from the oldest
            {dateRange(items) ? `, ${dateRange(items)}` : ''}, newest first, each at the precision its date is known.{' '}
            <Link href={paths.timeline()} className="underline underline-offset-4">The latest stories and the whole archive</Link>.
          </p>
        )}
      </header>
      {route.kind === 'latest' ? (
        <TimelineFilter chips={timelineChips().map((e) => ({ slug: e.slug, name: e.name, href: paths.tag(e.slug) }))} current={undefined} allHref={paths.timeline()} />
      ) : null}
      <TimelineView timeline={groupTimeline(items)} names={names} />
      <StablePageNav label="Timeline pages" {...nav} />
    </div>
  );
}
