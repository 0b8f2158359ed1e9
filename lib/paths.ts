/**
 * Every URL of the site, built and parsed in one place, so pages, links, feeds, the sitemap,
 * share images and JSON-LD all use the same addresses and the routes read back exactly what
 * was built. Every page path ends in `/` (`trailingSlash: true`); file paths keep their real
 * extension. Lists are paged statically: page 1 lives at the list's own URL, page n ≥ 2 at
 * `<list>page/<n>/`.
 */

/** How the tag index is sorted; each sort has its own URL, so it works without JavaScript. */
export type TagSort = 'name' | 'count';

/** Path segments that are route names and so can never be an entity's slug in these places. */
export const RESERVED_SEGMENTS: readonly string[] = ['page', 'by-count'];

/** The timeline's segment for the stories without a date. */
const UNDATED = 'undated';

/** The tag index's sort-by-count segment. */
const BY_COUNT = 'by-count';

/** URL of page `page` of the list whose first page is at `base` (which ends in a slash). */
export function pagePath(base: string, page: number): string {
  if (!base.endsWith('/')) throw new Error(`list base URL must end with a slash: ${base}`);
  return page <= 1 ? base : `${base}page/${page}/`;
}

export const paths = {
  home: () => '/',
  /** `/articles/<slug>/`, optionally at a paragraph (`#p-3`). */
  article: (slug: string, anchor?: string) => `/articles/${slug}/${anchor ? `#${anchor}` : ''}`,
  /** The tag index in one sort (`/tags/`, `/tags/by-count/`), or its n-th page. */
  tags: (sort: TagSort = 'name', page = 1) => pagePath(sort === 'count' ? `/tags/${BY_COUNT}/` : '/tags/', page),
  /** An entity's first page, `/tags/<slug>/`: its latest stories and events, with its counts. */
  tag: (slug: string) => `/tags/${slug}/`,
  /**
   * Page n of an entity's list counted from its oldest story and earliest event (page 1 = the
   * oldest), so a page keeps what it holds as newer stories arrive (`/tags/<slug>/page/<n>/`).
   */
  tagPage: (slug: string, page: number) => `/tags/${slug}/page/${page}/`,
  /** The events section of an entity's first page, or of its page n counted from the oldest. */
  tagEvents: (slug: string, page: number | null = null) => `${page === null ? `/tags/${slug}/` : `/tags/${slug}/page/${page}/`}#events`,
  /**
   * `/timeline/`: the archive's latest stories. With an entity: the old address of that entity's
   * timeline (`/timeline/<slug>/`, `page` its old page), now a moved page pointing at its tag page
   * (see movedEntityPages). The archive's older pages are `timelinePage`.
   */
  timeline: (entity?: string, page = 1) => pagePath(entity ? `/timeline/${entity}/` : '/timeline/', page),
  /**
   * The old n-th page of the archive's timeline counted from its oldest story, before the timeline
   * was paged by year: now a moved page (see movedTimelinePages).
   */
  timelinePage: (page: number) => `/timeline/page/${page}/`,
  /** One year's stories (`/timeline/2005/`), or its n-th page counted from the year's oldest story. */
  timelineYear: (year: number, page = 1) => pagePath(`/timeline/${year}/`, page),
  /** The undated stories (`/timeline/undated/`), or their n-th page. */
  timelineUndated: (page = 1) => pagePath(`/timeline/${UNDATED}/`, page),
  search: () => '/search/',
  sitemap: () => '/sitemap.xml',
  /**
   * `/events/`, the overview; with an entity, the old address of its events, and with a page n ≥ 2
   * the old n-th page of the archive's events: both now moved pages (see movedEntityPages, movedEventsPages).
   */
  events: (entity?: string, page = 1) => pagePath(entity ? `/events/${entity}/` : '/events/', page),
  /** The events of one year (`/events/2005/`), or its n-th page counted from the year's earliest event. */
  eventsYear: (year: number, page = 1) => pagePath(`/events/${year}/`, page),
  articleImage: (slug: string) => `/og/articles/${slug}/image.png`,
  tagImage: (slug: string) => `/og/tags/${slug}/image.png`,
  siteImage: () => '/og/site/image.png',
  /** Redirects of previous slugs for static hosts that read `_redirects` (Netlify, Cloudflare Pages). */
  redirectsFile: () => '/_redirects',
  /** The same redirects as an nginx `map` body, included by deploy/nginx.conf. */
  nginxRedirectMap: () => '/redirects.nginx-map',
  /** The archive-wide feeds; `tag` gives the same three for one entity. */
  feeds: (tag?: string) => {
    const base = tag ? `/feeds/tags/${tag}` : '/feeds';
    return { atom: `${base}/atom.xml`, rss: `${base}/rss.xml`, json: `${base}/feed.json` };
  },
} as const;

export type FeedPaths = ReturnType<typeof paths.feeds>;

/** A page under /tags/: the index's n-th page in one sort, or one entity's first page (`page` null) or its page n counted from the oldest. */
export type TagPage = { kind: 'index'; sort: TagSort; page: number } | { kind: 'entity'; entity: string; page: number | null };

/** The catch-all segments after a route's base for a list page: `[]` for page 1, else `['page', n]`. */
const pageSegments = (page: number) => (page <= 1 ? [] : ['page', String(page)]);

/**
 * Reads the page number out of the optional catch-all segments after a list's base URL:
 * none → 1, `['page', '7']` → 7; anything else → undefined (not a list page).
 */
export function pageFromSegments(segments: readonly string[] | undefined): number | undefined {
  if (!segments || segments.length === 0) return 1;
  if (segments.length !== 2 || segments[0] !== 'page') return undefined;
  const raw = segments[1] ?? '';
  if (!/^[1-9]\d*$/.test(raw)) return undefined;
  const page = Number(raw);
  // Page 1 has exactly one URL: the base.
  return page >= 2 ? page : undefined;
}

/** The /tags/ catch-all segments of a tag page (the inverse of parseTagSegments). */
export function tagSegments(page: TagPage): string[] {
  if (page.kind === 'index') return [...(page.sort === 'count' ? [BY_COUNT] : []), ...pageSegments(page.page)];
  return [page.entity, ...(page.page === null ? [] : ['page', String(page.page)])];
}

/**
 * Reads a /tags/ URL's catch-all segments: `[]`, `['page','2']`, `['by-count']` and
 * `['by-count','page','2']` are the index's pages; `['belarus']` and `['belarus','page','2']`
 * an entity's pages. Undefined when the shape is wrong.
 */
export function parseTagSegments(segments: readonly string[] | undefined): TagPage | undefined {
  const parts = segments ?? [];
  const [first, ...rest] = parts;
  const index = (sort: TagSort, page: number | undefined): TagPage | undefined => (page === undefined ? undefined : { kind: 'index', sort, page });
  if (first === undefined || first === 'page') return index('name', pageFromSegments(parts));
  if (first === BY_COUNT) return index('count', pageFromSegments(rest));
  if (RESERVED_SEGMENTS.includes(first)) return undefined;
  if (rest.length === 0) return { kind: 'entity', entity: first, page: null };
  // An entity's numbered pages count from its oldest story, so page 1 is a page of its own.
  if (rest.length !== 2 || rest[0] !== 'page' || !/^[1-9]\d*$/.test(rest[1] ?? '')) return undefined;
  return { kind: 'entity', entity: first, page: Number(rest[1]) };
}

/** A page of the events: the overview, or page n of one year's events (counted from the year's earliest). */
export type EventsPage = { kind: 'overview' } | { kind: 'year'; year: number; page: number };

/** A year as an events URL writes it: four digits (years before 1000 and after 9999 have no page of their own). */
const YEAR_SEGMENT = /^[1-9]\d{3}$/;

/** Whether `segment` reads as a year of the events pages (so it can never be an entity's old events address). */
export const isYearSegment = (segment: string) => YEAR_SEGMENT.test(segment);

/** The /events/ catch-all segments of an events page (the inverse of parseEventsSegments). */
export function eventsSegments(page: EventsPage): string[] {
  return page.kind === 'overview' ? [] : [String(page.year), ...pageSegments(page.page)];
}

/**
 * Reads the events route's catch-all segments: `[]` is the overview, `['2005']` and
 * `['2005','page','2']` a year's pages. Undefined for any other shape (the old `['page', n]` and
 * an entity's old events are moved pages, not routes).
 */
export function parseEventsSegments(segments: readonly string[] | undefined): EventsPage | undefined {
  const [first, ...rest] = segments ?? [];
  if (first === undefined) return { kind: 'overview' };
  if (!isYearSegment(first)) return undefined;
  const page = pageFromSegments(rest);
  return page === undefined ? undefined : { kind: 'year', year: Number(first), page };
}

/** The page path of an events page. */
export const eventsPagePath = (page: EventsPage) => (page.kind === 'overview' ? paths.events() : paths.eventsYear(page.year, page.page));

/**
 * A page of the archive's timeline: its latest stories with the years (`/timeline/`), page n of one
 * year's stories counted from the year's oldest, or page n of the undated stories.
 */
export type TimelineListPage = { kind: 'latest' } | { kind: 'year'; year: number; page: number } | { kind: 'undated'; page: number };

/** Whether `segment` names a page of the timeline (a year, or the undated stories), so it can never be an entity's old timeline address. */
export const isTimelineListSegment = (segment: string) => isYearSegment(segment) || segment === UNDATED;

/** The /timeline/ catch-all segments of an archive timeline page (the inverse of parseTimelineListSegments). */
export function timelineListSegments(page: TimelineListPage): string[] {
  if (page.kind === 'latest') return [];
  return [page.kind === 'year' ? String(page.year) : UNDATED, ...pageSegments(page.page)];
}

/**
 * Reads the archive timeline's catch-all segments: `[]` is the latest stories, `['2005']` and
 * `['2005','page','2']` a year's pages, `['undated']` and `['undated','page','2']` the undated
 * stories' pages. Undefined for any other shape (the old `['page', n]` and an entity's old
 * timeline are moved pages, not routes).
 */
export function parseTimelineListSegments(segments: readonly string[] | undefined): TimelineListPage | undefined {
  const [first, ...rest] = segments ?? [];
  if (first === undefined) return { kind: 'latest' };
  if (!isTimelineListSegment(first)) return undefined;
  const page = pageFromSegments(rest);
  if (page === undefined) return undefined;
  return first === UNDATED ? { kind: 'undated', page } : { kind: 'year', year: Number(first), page };
}

/** The page path of an archive timeline page. */
export function timelineListPath(page: TimelineListPage): string {
  if (page.kind === 'latest') return paths.timeline();
  return page.kind === 'year' ? paths.timelineYear(page.year, page.page) : paths.timelineUndated(page.page);
}

/** The page path of a page under /tags/. */
export const tagPagePath = (page: TagPage) => (page.kind === 'index' ? paths.tags(page.sort, page.page) : page.page === null ? paths.tag(page.entity) : paths.tagPage(page.entity, page.page));
