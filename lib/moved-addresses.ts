/**
 * The site's old addresses: every page that moved when an entity's three paged lists became one and when the
 * archive's events and timeline were paged by year, and the page that now holds what each showed. Built from the
 * same URL builders as every live page (paths.ts), so an old address always points at a page that exists.
 */
import { paths } from '@/lib/paths';

/** An old address and the page that now holds what it showed. */
export type MovedPage = { from: string; to: string };

/** Page sizes of the old per-entity lists and of the tag pages that replaced them. */
export type MovedEntitySizes = {
  /** Stories a page of the old per-entity timeline held, counted from the newest. */
  oldStories: number;
  /** Events a page of the old per-entity events list held, counted from the earliest. */
  oldEvents: number;
  /** Stories and events on an entity's first page (`/tags/<e>/`); more of either gives it numbered pages. */
  firstStories: number;
  firstEvents: number;
  /** Stories and events on each numbered tag page, counted from the oldest. */
  pageStories: number;
  pageEvents: number;
};

/**
 * Every old per-entity timeline and events address and where its content now lives. An entity
 * once had three paged lists (tag, timeline, events), the timeline newest first in pages of
 * `oldStories` counted from the newest; its tag pages now carry its stories and its events,
 * `pageStories` and `pageEvents` a page, in pages counted from the oldest (its first page,
 * `/tags/<e>/`, the latest). So old timeline page n, which began with the n-th page's newest
 * story, moves to the tag page holding that story, and the events page that began with event k to
 * the tag page holding event k (counted from the earliest); the newest timeline page to the
 * entity's first page. An entity whose stories and events fit on its first page has only that page.
 */
export function movedEntityPages(entity: string, counts: { stories: number; events: number }, sizes: MovedEntitySizes): MovedPage[] {
  const pages = (total: number, size: number) => Math.max(1, Math.ceil(total / size));
  const paged = counts.stories > sizes.firstStories || counts.events > sizes.firstEvents;
  const timeline = Array.from({ length: pages(counts.stories, sizes.oldStories) }, (_, i) => {
    // Its first story is number stories − i·size counted from the oldest.
    const fromOldest = counts.stories - i * sizes.oldStories;
    return { from: paths.timeline(entity, i + 1), to: i === 0 || !paged ? paths.tag(entity) : paths.tagPage(entity, Math.ceil(fromOldest / sizes.pageStories)) };
  });
  if (counts.events === 0) return timeline;
  const events = Array.from({ length: pages(counts.events, sizes.oldEvents) }, (_, i) => {
    const first = i * sizes.oldEvents;
    return { from: paths.events(entity, i + 1), to: !paged ? paths.tagEvents(entity) : paths.tagEvents(entity, Math.floor(first / sizes.pageEvents) + 1) };
  });
  return [...timeline, ...events];
}

/**
 * Where the archive's old events pages went when the events were paged by year: old page n ≥ 2
 * held events (n−1)·size+1 … n·size counted from the earliest. When all of them fall in one
 * year it moves to that year's page holding its first event; otherwise to the overview.
 * `years` is the year of every event group, oldest first.
 */
export function movedEventsPages(years: readonly number[], sizes: { oldEvents: number; yearEvents: number }): MovedPage[] {
  const pages = Math.max(1, Math.ceil(years.length / sizes.oldEvents));
  // The position of each group within its year, counted from 0 (the years run oldest first).
  const withinYear: number[] = [];
  years.forEach((year, i) => withinYear.push(i > 0 && years[i - 1] === year ? (withinYear[i - 1] ?? 0) + 1 : 0));
  return Array.from({ length: pages - 1 }, (_, i) => {
    const first = (i + 1) * sizes.oldEvents;
    const last = Math.min(first + sizes.oldEvents, years.length) - 1;
    const year = years[first];
    const to = year !== undefined && years[last] === year ? paths.eventsYear(year, Math.floor((withinYear[first] ?? 0) / sizes.yearEvents) + 1) : paths.events();
    return { from: paths.events(undefined, i + 2), to };
  });
}

/**
 * Where the archive's old timeline pages went when the timeline was paged by year: old page n
 * held stories (n−1)·size+1 … n·size counted from the oldest (the undated first, then the dated
 * oldest first). Each moves to the year's or the undated stories' page holding its first story.
 * `years` is the year of every story counted from the oldest (null: undated), so grouped as the
 * year pages group them; `sizes.old` is the old page size and `sizes.list` a year page's.
 */
export function movedTimelinePages(years: readonly (number | null)[], sizes: { old: number; list: number }): MovedPage[] {
  // The position of each story within its year (or among the undated), counted from 0 from the oldest.
  const seen = new Map<number | null, number>();
  const within = years.map((year) => {
    const n = seen.get(year) ?? 0;
    seen.set(year, n + 1);
    return n;
  });
  const pages = Math.ceil(years.length / sizes.old);
  return Array.from({ length: pages }, (_, i) => {
    const first = i * sizes.old;
    const year = years[first];
    const page = Math.floor((within[first] ?? 0) / sizes.list) + 1;
    return { from: paths.timelinePage(i + 1), to: year === null || year === undefined ? paths.timelineUndated(page) : paths.timelineYear(year, page) };
  });
}
