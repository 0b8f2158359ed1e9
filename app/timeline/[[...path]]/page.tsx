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
import { paths, timelineListPath, type TimelineListPage } from '@/lib/paths';
import { pathParams, renderSet } from '@/lib/render-set';

type Props = { params: TimelineParams };
type ListRoute = Extract<TimelineRoute, { kind: 'year' | 'undated' }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return renderSet('timeline', pathParams, timelineStaticParams);
}

/** The SEO description of one timeline page. */
function seoRoute(route: TimelineRoute): SeoRoute {
  if (route.kind === 'latest') return { kind: 'timeline', articles: route.articles, total: route.total };
  const { items, page, first, last } = route.articles;
  return { kind: 'timeline', articles: items, year: route.kind === 'year' ? route.year : null, page, range: { first, last } };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataFor(seoRoute(await timelineFromParams(params)));
}

/** The name of a year's or the undated stories' list in links. */
const listName = (page: TimelineListPage) => (page.kind === 'year' ? String(page.year) : page.kind === 'undated' ? 'Undated' : 'Latest');

/** A link to another list page, in the words `text`. */
const linkTo = (page: TimelineListPage, text: string): PageLink => ({
  href: timelineListPath(page),
  text,
  label: page.kind === 'latest' ? 'The latest stories' : page.page > 1 ? `${listName(page)}, page ${page.page}` : listName(page),
  current: false,
});

/**
 * A year's or the undated stories' page links, newest first: the list's own pages named by number
 * (never its last page, nor after the first its count), "← Newer" to its next page or the later
 * year's first page (the latest page after the newest year), "Older →" to its previous page or the
 * page just older than the list (the earlier year's newest page, then the undated stories'), so
 * reading on from the latest page walks every story.
 */
function navOf(route: ListRoute): { links: (PageLink | null)[]; prev: PageLink | null; next: PageLink | null } {
  const { page, newer } = route.articles;
  const at = (n: number): TimelineListPage => (route.kind === 'year' ? { kind: 'year', year: route.year, page: n } : { kind: 'undated', page: n });
  const links = page === 1 && newer === 0 ? [] : stableWindow(page, newer).reverse().map((n) => (n === null ? null : { ...linkTo(at(n), String(n)), current: n === page }));
  const later: TimelineListPage = route.kind === 'year' ? (route.later === null ? { kind: 'latest' } : { kind: 'year', year: route.later, page: 1 }) : route.earliestYear === null ? { kind: 'latest' } : { kind: 'year', year: route.earliestYear, page: 1 };
  const prev = newer > 0 ? linkTo(at(page + 1), '← Newer') : linkTo(later, `← ${listName(later)}`);
  const older = route.kind === 'year' ? route.older : null;
  const next = page > 1 ? linkTo(at(page - 1), 'Older →') : older ? linkTo(older, `${listName(older)} →`) : null;
  return { links, prev, next };
}

/** "March 2023 – May 2023": the dates of a page's oldest and newest dated stories, as precisely as each is known. */
function dateRange(articles: readonly Article[]): string | null {
  const dated = articles.flatMap((a) => dateInWords(a.datePublished) ?? []);
  const newest = dated[0];
  const oldest = dated.at(-1);
  if (newest === undefined || oldest === undefined) return null;
  return newest === oldest ? newest : `${oldest} – ${newest}`;
}

const chip = 'inline-flex gap-1.5 rounded-md border border-stone-300 px-3 py-1 text-stone-800 no-underline hover:bg-stone-100 dark:border-stone-700 dark:text-stone-200 dark:hover:bg-stone-800';

/** The latest page's way into the whole archive: every year with its count, newest first, then the undated stories. */
function YearLinks({ route }: { route: Extract<TimelineRoute, { kind: 'latest' }> }) {
  if (route.years.length === 0 && route.undated === 0) return null;
  return (
    <nav aria-label="Stories by year" className="my-6 font-sans text-sm">
      <h2 className="mb-2 font-semibold">Stories by year</h2>
      <ol className="flex flex-wrap gap-2">
        {route.years.map(({ year, count }) => (
          <li key={year}>
            <Link href={paths.timelineYear(year)} className={chip}>
              {year} <span className="text-stone-600 dark:text-stone-400">{count}<span className="sr-only"> {count === 1 ? 'story' : 'stories'}</span></span>
            </Link>
          </li>
        ))}
        {route.undated ? (
          <li>
            <Link href={paths.timelineUndated()} className={chip}>
              Undated <span className="text-stone-600 dark:text-stone-400">{route.undated}<span className="sr-only"> {route.undated === 1 ? 'story' : 'stories'}</span></span>
            </Link>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}

/** What a year's or the undated stories' page holds, in words. */
function listSummary(route: ListRoute): string {
  const { page, first, last, items } = route.articles;
  const range = dateRange(items);
  const what = route.kind === 'year' ? `${route.year}` : 'the undated stories';
  const count = route.total === null ? `Page ${page} of ${what}: stories ${first}–${last} counted from its oldest` : `${route.total} ${route.total === 1 ? 'story' : 'stories'}${route.kind === 'year' ? ` published in ${route.year}` : ' whose date the archive does not know'}`;
  return `${count}${range && route.kind === 'year' && route.total === null ? `, ${range}` : ''}, newest first, each at the precision its date is known.`;
}

export default async function TimelinePage({ params }: Props) {
  const route = await timelineFromParams(params);
  const names = (slug: string) => getEntity(slug)?.name;
  if (route.kind === 'latest') {
    const older = route.older;
    return (
      <div className="mx-auto max-w-3xl">
        <JsonLd data={jsonLdFor(seoRoute(route))} />
        <header className="mb-6">
          <h1 className="font-serif text-4xl font-semibold tracking-tight">Timeline</h1>
          <p className="mt-2 text-stone-600 dark:text-stone-400">
            {route.total} {route.total === 1 ? 'story' : 'stories'} by publication date, each at the precision its date is known.
            {older === null ? '' : ` The latest ${route.articles.length} are here; every year has its own pages, which count from its oldest story, so a page keeps its stories as new ones arrive.`}
          </p>
        </header>
        <YearLinks route={route} />
        <TimelineFilter chips={timelineChips().map((e) => ({ slug: e.slug, name: e.name, href: paths.tag(e.slug) }))} current={undefined} allHref={paths.timeline()} />
        <TimelineView timeline={groupTimeline(route.articles)} names={names} />
        <StablePageNav label="Timeline pages" links={[]} prev={null} next={older ? linkTo(older, 'Older →') : null} />
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd data={jsonLdFor(seoRoute(route))} />
      <header className="mb-6">
        <h1 className="font-serif text-4xl font-semibold tracking-tight">{route.kind === 'year' ? `Timeline: ${route.year}` : 'Timeline: undated stories'}</h1>
        <p className="mt-2 text-stone-600 dark:text-stone-400">
          {listSummary(route)}{' '}
          <Link href={paths.timeline()} className="underline underline-offset-4">The latest stories and every year</Link>.
        </p>
      </header>
      <TimelineView timeline={groupTimeline(route.articles.items)} names={names} />
      <StablePageNav label={route.kind === 'year' ? `Timeline pages of ${route.year}` : 'Timeline pages of the undated stories'} {...navOf(route)} />
    </div>
  );
}
