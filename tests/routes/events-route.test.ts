/**
 * The events year pages' links to the neighbouring years: only a year's first page names the
 * earlier year and only its last page the later one, so an event in a new year changes one page of
 * each neighbour. Expectations are counted by hand from the fake archive's event days.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Archive } from '@/lib/content/schema';
import { EVENTS_PAGE_SIZE } from '@/lib/pagination';
import { eventDay, fakeArchive } from './fake-archive';

const state = vi.hoisted(() => ({ archive: undefined as Archive | undefined }));
vi.mock('@/lib/content/archive', () => ({
  loadArchive: () => {
    if (!state.archive) throw new Error('no fake archive set');
    return state.archive;
  },
}));

const { eventsFromParams } = await import('@/lib/routes/events-route');

// 700 stories, every 7th `rare` with one dated statement: 100 events, 5 days apart from 1 January 1950.
state.archive = fakeArchive(700, 0, 1, 5);
const days = Array.from({ length: 100 }, (_, k) => eventDay(k, 5));
const inYear = (year: number) => days.filter((d) => d.startsWith(String(year))).length;

describe('events year pages', () => {
  it('link the earlier year from their first page only and the later year from their last page only', async () => {
    // By hand: 1950 holds 73 events (days 0–360), 1951 the other 27.
    expect([inYear(1950), inYear(1951)]).toEqual([73, 27]);
    const pages1950 = Math.ceil(inYear(1950) / EVENTS_PAGE_SIZE);
    expect(pages1950).toBeGreaterThan(1);
    const first = await eventsFromParams(Promise.resolve({ path: ['1950'] }));
    const last = await eventsFromParams(Promise.resolve({ path: ['1950', 'page', String(pages1950)] }));
    const only1951 = await eventsFromParams(Promise.resolve({ path: ['1951'] }));
    if (first.kind !== 'year' || last.kind !== 'year' || only1951.kind !== 'year') throw new Error('expected year pages');
    expect([first.earlier, first.later]).toEqual([null, null]);
    expect([last.earlier, last.later]).toEqual([null, 1951]);
    expect([only1951.earlier, only1951.later]).toEqual([1950, null]);
  });
});
