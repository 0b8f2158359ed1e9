/**
 * The one lookup for the timeline routes: `/timeline/`, the archive's latest stories with its
 * count and every year with its count; `/timeline/<year>/`, that year's stories newest first, paged
 * within the year (`/timeline/<year>/page/<n>/`, counted from the year's oldest story) only when a
 * year holds more than a page; and `/timeline/undated/`, the stories without a date, paged the same
 * way. Counting from the oldest keeps a page's stories when newer ones arrive, and paging by year
 * keeps a backdated story's change inside its own year: one story added re-renders the latest
 * page and its year's pages from where it lands, not every page after it (docs/scale.md). The old
 * `/timeline/page/<n>/` addresses and an entity's old timeline (its tag pages now) are moved pages
 * written by the post-build (lib/paths movedTimelinePages, movedEntityPages).
 */
import { notFound } from 'next/navigation';
import { getChronology, getEntities, getEntity, type Article, type IndexedEntity } from '@/lib/content';
import { FEATURED_ENTITIES } from '@/lib/featured';
import { pageCount, pageFromOldest, pageOfItem, PAGE_SIZE, type StablePage } from '@/lib/pagination';
import { parseTimelineListSegments, timelineListSegments, type TimelineListPage } from '@/lib/paths';
import { numbersFromOldest, splitStoriesByYear, storyYear, type StoryYear } from '@/lib/story-years';
import { oncePerList, yearPage, yearPageNumbers } from '@/lib/year-pages';

export type TimelineParams = Promise<{ path?: string[] }>;
export type TimelineRoute =
  /**
   * `/timeline/`: the newest PAGE_SIZE stories, the archive's count, every year with its count
   * (newest first), the undated count, and the page holding the story just older than these (null when none).
   */
  | { kind: 'latest'; articles: readonly Article[]; total: number; years: { year: number; count: number }[]; undated: number; older: TimelineListPage | null }
  /**
   * `/timeline/<year>/…`: page n of the year's stories counted from its oldest; the year's count
   * only on its first page; on its newest page the later year (null when none or on another page)
   * and on its first page, reading on, the page just older than the year's oldest: the earlier
   * year's newest page, or the undated stories' newest page (null on other pages).
   */
  | { kind: 'year'; year: number; articles: StablePage<Article>; total: number | null; later: number | null; older: TimelineListPage | null }
  /** `/timeline/undated/…`: page n of the undated stories; their count only on the first page; on their newest page the earliest year (null when none or on another page). */
  | { kind: 'undated'; articles: StablePage<Article>; total: number | null; earliestYear: number | null };

const yearsOf = oncePerList((all: readonly Article[]) => splitStoriesByYear(all));
const numbersOf = oncePerList((all: readonly Article[]) => numbersFromOldest(yearsOf(all)));

/** The archive's stories by year, newest year first, and the undated ones; computed once per archive. */
export function storyYears(): { years: StoryYear[]; undated: Article[] } {
  return yearsOf(getChronology());
}

/** Every timeline page to export: the latest stories, each year's pages, the undated stories' pages. */
export function timelineStaticParams(): { path: string[] }[] {
  const { years, undated } = storyYears();
  const pages = yearPageNumbers(years.map((y) => ({ year: y.year, count: y.stories.length })), PAGE_SIZE);
  const undatedPages = undated.length ? Array.from({ length: pageCount(undated.length) }, (_, i) => i + 1) : [];
  return [
    { path: timelineListSegments({ kind: 'latest' }) },
    ...pages.map(({ year, page }) => ({ path: timelineListSegments({ kind: 'year', year, page }) })),
    ...undatedPages.map((page) => ({ path: timelineListSegments({ kind: 'undated', page }) })),
  ];
}

/** Resolves the route's params, or calls notFound() (an entity's old timeline is not a route). */
export async function timelineFromParams(params: TimelineParams): Promise<TimelineRoute> {
  const parsed = parseTimelineListSegments((await params).path);
  if (parsed === undefined) notFound();
  const { years, undated } = storyYears();
  if (parsed.kind === 'latest') {
    const all = getChronology();
    const older = all[PAGE_SIZE];
    return {
      kind: 'latest',
      articles: all.slice(0, PAGE_SIZE),
      total: all.length,
      years: years.map((y) => ({ year: y.year, count: y.stories.length })),
      undated: undated.length,
      older: older ? pageHolding(older) : null,
    };
  }
  if (parsed.kind === 'undated') {
    const articles = undated.length ? pageFromOldest(undated, parsed.page, 'newest-first') : undefined;
    if (!articles) notFound();
    // Only the undated stories' newest page links on to the earliest year: the others link within the list.
    return { kind: 'undated', articles, total: parsed.page === 1 ? undated.length : null, earliestYear: articles.newer === 0 ? (years.at(-1)?.year ?? null) : null };
  }
  const found = yearPage(years, (y) => y.stories, parsed, 'newest-first', PAGE_SIZE);
  if (!found) notFound();
  const { at, year, items: articles } = found;
  // Newest year first: the earlier year is the next in the list, the later one the previous. Only the
  // year's newest page links on to the later year and only its first page to what is older, so a
  // story in a new year changes one page of the year before, not all of them.
  const earlier = years[at + 1];
  const older: TimelineListPage | null =
    parsed.page > 1 ? null : earlier ? { kind: 'year', year: earlier.year, page: pageCount(earlier.stories.length) } : undated.length ? { kind: 'undated', page: pageCount(undated.length) } : null;
  const later = articles.newer === 0 ? (years[at - 1]?.year ?? null) : null;
  return { kind: 'year', year: year.year, articles, total: parsed.page === 1 ? year.stories.length : null, later, older };
}

/** The year or undated page (counted from the oldest) that lists `story`, a story of the archive's chronology. */
function pageHolding(story: Article): TimelineListPage {
  const n = numbersOf(getChronology()).get(story.id);
  if (n === undefined) throw new Error(`timeline: story ${story.id} is not in the archive's chronology`);
  const year = storyYear(story);
  const page = pageOfItem(n);
  return year === null ? { kind: 'undated', page } : { kind: 'year', year, page };
}

/** How many entity chips the timeline's filter offers. */
const FILTER_CHIPS = 12;

/**
 * The entities the timeline's filter offers as chips: the featured ones, then the most used, each
 * once. The page draws them and the incremental build's page data (scripts/incremental/page-data.ts) hashes them.
 */
export function timelineChips(): IndexedEntity[] {
  const featured = FEATURED_ENTITIES.flatMap((slug) => getEntity(slug) ?? []);
  return [...featured, ...getEntities().filter((e) => !FEATURED_ENTITIES.includes(e.slug))]
    .slice(0, FILTER_CHIPS)
    .filter((e, i, list) => list.findIndex((x) => x.slug === e.slug) === i);
}
