/**
 * Pages that moved when an entity's three paged lists (tag, timeline, events) became one, and
 * when the archive's events and timeline were paged by year: the list of every old address and its new one (lib/moved-addresses.ts), saved by the build's
 * content check beside the card list, and the small page left at each old address.
 *
 * The moved pages are written by the post-build, not rendered by Next: each is a fixed ~0.6 KB
 * document, and as Next routes they would cost a static-generation slot each (~26 ms of CPU),
 * a cost that grows with every mention (an entity's old page count grows with its stories). They
 * are not in the sitemap (nothing links to them; search engines follow the canonical link).
 */
import path from 'node:path';
import { z } from 'zod';
import type { ArchiveStore } from '@/lib/content';
import { EVENTS_PAGE_SIZE, PAGE_SIZE, TAG_EVENTS_PAGE_SIZE, TAG_PAGE_EVENTS, TAG_PAGE_STORIES } from '@/lib/pagination';
import { splitByYear } from '@/lib/event-years';
import { movedEntityPages, movedEventsPages, movedTimelinePages, type MovedEntitySizes, type MovedPage } from '@/lib/moved-addresses';
import { isTimelineListSegment, isYearSegment, RESERVED_SEGMENTS } from '@/lib/paths';
import { storyYear } from '@/lib/story-years';
import { absoluteUrl } from '@/lib/site';
import { writeFileAtomic } from '@/lib/write-atomic';
import { readJsonFile } from '@/lib/json-file';

const movedPage = z.strictObject({ from: z.string().startsWith('/'), to: z.string().startsWith('/'), title: z.string() });
/** An old address, the page now holding what it showed, and a title for the link to it. */
export type MovedPageEntry = z.infer<typeof movedPage>;

/** Where the build keeps the list, beside the archive snapshot and the card list. */
export const MOVED_PAGE_LIST_FILE = path.join('.next', 'cache', 'moved-pages.json');

/**
 * Every old address of this archive's lists, with where it moved: each entity's timeline and
 * events pages, then the archive's events pages 2… and timeline pages 1… from before they were paged by year.
 */
export function movedPages(store: Pick<ArchiveStore, 'entities' | 'events' | 'storiesOf' | 'listed'>): MovedPageEntry[] {
  // The old lists were paged as the timeline and the events pages still are.
  const sizes: MovedEntitySizes = { oldStories: PAGE_SIZE, oldEvents: EVENTS_PAGE_SIZE, firstStories: PAGE_SIZE, firstEvents: TAG_EVENTS_PAGE_SIZE, pageStories: TAG_PAGE_STORIES, pageEvents: TAG_PAGE_EVENTS };
  const entities = store.entities
    // An entity whose slug reads as a year lost its old events address to that year's events page.
    .filter((e) => !RESERVED_SEGMENTS.includes(e.slug))
    .flatMap((e) => {
      const counts = { stories: store.storiesOf.get(e.slug)?.length ?? 0, events: isYearSegment(e.slug) ? 0 : (store.events.groupsByEntity.get(e.slug)?.length ?? 0) };
      // An entity whose slug reads as a year or "undated" lost its old timeline address to that page of the timeline.
      const moved = movedEntityPages(e.slug, counts, sizes).filter((m) => !(isTimelineListSegment(e.slug) && m.from.startsWith('/timeline/')));
      return moved.map((m: MovedPage) => ({ ...m, title: e.name }));
    });
  // Groups without a year are in no list; the old pages counted only those with one, as splitByYear does.
  const years = splitByYear(store.events.groups).flatMap((y) => y.groups.map(() => y.year));
  const events = movedEventsPages(years, { oldEvents: EVENTS_PAGE_SIZE, yearEvents: EVENTS_PAGE_SIZE }).map((m) => ({ ...m, title: 'Events' }));
  // The old timeline pages 1… counted from the oldest story; the listed stories run newest first.
  const timeline = store.listed.length > PAGE_SIZE ? movedTimelinePages([...store.listed].reverse().map(storyYear), { old: PAGE_SIZE, list: PAGE_SIZE }).map((m) => ({ ...m, title: 'Timeline' })) : [];
  return [...entities, ...events, ...timeline];
}

/** Saves the list for the post-build (atomically: a reader sees the old list or the new one). */
export function writeMovedPageList(pages: readonly MovedPageEntry[], file: string = MOVED_PAGE_LIST_FILE): void {
  writeFileAtomic(file, JSON.stringify(pages));
}

/** The list saved by writeMovedPageList; throws naming the file when it is not one. */
export function readMovedPageList(file: string = MOVED_PAGE_LIST_FILE): MovedPageEntry[] {
  return readJsonFile(file, z.array(movedPage), 'a list of moved pages');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/**
 * The page left at an old address: a zero-second refresh to the new one, a canonical link there,
 * kept out of indexes, and a plain link for a browser that does not follow the refresh. No script
 * and no style, so its Content-Security-Policy allows nothing.
 */
export function movedPageHtml({ to, title }: MovedPageEntry): string {
  const href = escape(to);
  const name = escape(title);
  return [
    '<!DOCTYPE html>',
    // Marked so checks over the export tell a moved page (no script, nothing to enhance) from a rendered one.
    '<html lang="en" data-moved-page>',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, follow">',
    `<title>Moved: ${name}</title>`,
    `<link rel="canonical" href="${escape(absoluteUrl(to.replace(/#.*$/, '')))}">`,
    `<meta http-equiv="refresh" content="0; url=${href}">`,
    '</head>',
    '<body>',
    `<main><h1>This page has moved</h1><p>${name}: its stories and events are now at <a href="${href}">${name}</a>.</p></main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
