/**
 * Static pagination for long lists (tag pages, the timeline), so a 10,000-article
 * archive becomes many small static pages rather than one huge one. The pages'
 * URLs are built and read in lib/paths.
 */

/**
 * How many items one list page shows. 20: the largest tag page at 16 was 75 KB of HTML once the
 * RSC payload is stripped (10,000-story bench), so 20 stays well under the 150 KB budget while a
 * 10,000-story build has ~1,100 fewer list pages to render (docs/scale.md). The only place this number is written.
 */
export const PAGE_SIZE = 20;

/**
 * How many entities one page of the tag index (`/tags/`, `/tags/by-count/`) lists. An entry is
 * about 125 bytes of HTML, so 300 make a list of ~38 KB and a page of ~45 KB: well under the
 * 150 KB budget for list pages, with room for an inline RSC payload (which would repeat the
 * list) should a page ever keep one. The only place this number is written.
 */
export const TAG_INDEX_PAGE_SIZE = 300;

/**
 * Events per list page. An event is a sentence with its date, sources and entities (~1–1.5 KB of
 * HTML), so 40 make a page of roughly 70–90 KB with the strip: under the 150 KB HTML budget, and
 * half the pages of 20 (~1,500 fewer routes to render at 10,000 stories; docs/scale.md).
 * The only place this number is written.
 */
export const EVENTS_PAGE_SIZE = 40;

/**
 * How many of an entity's latest events its first tag page (`/tags/<e>/`) carries beside its 20
 * newest stories. An event is ~1–1.5 KB of HTML, so 20 add ~25 KB to a page of ~60 KB: under the
 * 150 KB budget. The only place this number is written.
 */
export const TAG_EVENTS_PAGE_SIZE = 20;

/**
 * Stories and events on each of an entity's numbered pages (`/tags/<e>/page/<n>/`, counted from
 * the oldest). Larger than the first page's 20: every mention of an entity puts its story on one
 * of these pages, so their number is what a mention-dense archive pays per story (a route is
 * ~20 ms of Next's CPU and ~12 KB of page around the list); at 50 a story with 30 entities adds
 * ~0.6 of a page instead of 1.5. A story card with its snippets is ~0.8 KB and an event ~1.3 KB,
 * so a full page is ~40 + ~52 + ~12 KB of chrome: under the 150 KB budget (docs/scale.md).
 * The only place these numbers are written.
 */
export const TAG_PAGE_STORIES = 50;
export const TAG_PAGE_EVENTS = 40;

export type Page<T> = {
  items: T[];
  /** 1-based page number. */
  page: number;
  pageCount: number;
  total: number;
  /** Index (0-based) of the first item of this page within the whole list. */
  offset: number;
};

/** Number of pages a list of `total` items needs; an empty list still has one (empty) page. */
export function pageCount(total: number, size: number = PAGE_SIZE): number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  return Math.max(1, Math.ceil(total / size));
}

/** The `page`-th slice of `items`, or undefined when that page does not exist. */
export function paginate<T>(items: readonly T[], page: number, size: number = PAGE_SIZE): Page<T> | undefined {
  // A list that fills its own pages: the general slice with the page count the list itself needs.
  return sliceOfPages(items, page, pageCount(items.length, size), size);
}

/** Page numbers that need their own `/page/<n>/` route: 2…pageCount (page 1 is the base URL). */
export function extraPageNumbers(total: number, size: number = PAGE_SIZE): number[] {
  const count = pageCount(total, size);
  return Array.from({ length: count - 1 }, (_, i) => i + 2);
}

/**
 * The `page`-th slice of `items` within a list of `count` pages that `items` may not fill (a tag
 * page whose events run out before its stories do): an empty slice past the end of `items`,
 * undefined when `page` is outside 1…count.
 */
export function sliceOfPages<T>(items: readonly T[], page: number, count: number, size: number = PAGE_SIZE): Page<T> | undefined {
  if (!Number.isInteger(page) || page < 1 || page > count) return undefined;
  const offset = (page - 1) * size;
  return { items: items.slice(offset, offset + size), page, pageCount: count, total: items.length, offset };
}

/**
 * How many of the pages after a stable page (toward the newest end) its links name. A page names
 * its neighbours, never the list's last page, so its bytes do not change when pages are added
 * beyond them (docs/scale.md, "Lists that keep their pages").
 */
export const NEWER_PAGES_NAMED = 2;

/**
 * A page of a list numbered from its oldest item: page k holds items (k−1)·size+1 … k·size
 * counted from the oldest, so a story added at the newest end leaves every full page as it was.
 * It carries only what is stable: no total, no page count.
 */
export type StablePage<T> = {
  /** This page's items, in the list's own order. */
  items: T[];
  /** 1-based page number, counted from the oldest. */
  page: number;
  /** Numbers (1-based, counted from the oldest) of the page's first and last item. */
  first: number;
  last: number;
  /**
   * How many pages follow toward the newest end, at most NEWER_PAGES_NAMED + 1: its links name
   * NEWER_PAGES_NAMED of them and show a gap when there are more.
   */
  newer: number;
};

/**
 * Page `page` counted from the oldest item of `items`, which are ordered newest first
 * (`order: 'newest-first'`, the timeline) or oldest first (the events); undefined when that
 * page does not exist. The page's items keep the list's order.
 */
export function pageFromOldest<T>(items: readonly T[], page: number, order: 'newest-first' | 'oldest-first', size: number = PAGE_SIZE): StablePage<T> | undefined {
  return stableSliceOfPages(items, page, pageCount(items.length, size), order, size);
}

/**
 * Page `page` counted from the oldest item of `items` within a list of `count` pages that `items`
 * may not fill (a tag page whose events run out before its stories do): an empty slice past the
 * end of `items` (first > last), undefined when `page` is outside 1…count.
 */
export function stableSliceOfPages<T>(items: readonly T[], page: number, count: number, order: 'newest-first' | 'oldest-first', size: number = PAGE_SIZE): StablePage<T> | undefined {
  if (!Number.isInteger(page) || page < 1 || page > count) return undefined;
  const total = items.length;
  const first = (page - 1) * size + 1;
  // An empty slice past the end of the list says so by last = first − 1, whatever the list's length.
  const last = Math.max(first - 1, Math.min(page * size, total));
  // Item n counted from the oldest sits at index n − 1 oldest first, total − n newest first.
  const slice = last < first ? [] : order === 'oldest-first' ? items.slice(first - 1, last) : items.slice(total - last, total - first + 1);
  return { items: slice, page, first, last, newer: Math.min(count - page, NEWER_PAGES_NAMED + 1) };
}

/** The page (counted from the oldest) that holds item `n` (1-based, counted from the oldest). */
export const pageOfItem = (n: number, size: number = PAGE_SIZE) => Math.ceil(n / size);
