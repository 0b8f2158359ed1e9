import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { Archive, Article } from '@/lib/content/schema';
import { PAGE_SIZE, TAG_EVENTS_PAGE_SIZE, TAG_PAGE_EVENTS, TAG_PAGE_STORIES } from '@/lib/pagination';
import { eventDay, fakeArchive } from './fake-archive';

// The route lookups only ever reach content through lib/content; swap its archive for a synthetic one.
const state = vi.hoisted(() => {
  const s: { archive: Archive | undefined } = { archive: undefined };
  return s;
});
vi.mock('@/lib/content/archive', () => ({
  loadArchive: () => {
    if (!state.archive) throw new Error('no fake archive set');
    return state.archive;
  },
}));

const { articleFromParams, articleStaticParams } = await import('@/lib/routes/article-route');
const { tagFromParams, tagStaticParams } = await import('@/lib/routes/tag-route');
const { timelineFromParams, timelineStaticParams } = await import('@/lib/routes/timeline-route');
const { RedirectNotice } = await import('@/components/redirect-notice');

const N = 10_007;
/** Dated statements per `rare` story: enough that its events outrun its stories by pages. */
const EVENTS_PER_RARE = 2;
state.archive = fakeArchive(N, 0, EVENTS_PER_RARE);
const RARE_STORIES = Math.ceil(N / 7);

/** notFound() throws Next's own 404 error; the digest says which. */
async function expectNotFound(promise: Promise<unknown>) {
  await expect(promise).rejects.toMatchObject({ digest: expect.stringContaining('404') });
}

describe('article route', () => {
  it('exports every current slug and every previous slug', () => {
    const slugs = articleStaticParams().map((p) => p.slug);
    expect(slugs).toHaveLength(N + 2);
    expect(slugs).toEqual(expect.arrayContaining(['story-3', 'old-3', 'older-3']));
  });

  it('resolves a current slug to its article and a previous slug to a redirect to the new one', async () => {
    await expect(articleFromParams(Promise.resolve({ slug: 'story-5' }))).resolves.toMatchObject({ kind: 'article', article: { id: 'a5' } });
    await expect(articleFromParams(Promise.resolve({ slug: 'older-3' }))).resolves.toMatchObject({ kind: 'redirect', from: 'older-3', article: { slug: 'story-3' } });
  });

  it('calls notFound() for an unknown slug', async () => {
    await expectNotFound(articleFromParams(Promise.resolve({ slug: 'no-such-story' })));
  });

  it('renders the redirect page with a zero-second refresh and a visible link to the new URL', () => {
    const html = renderToStaticMarkup(RedirectNotice({ to: { slug: 'story-3', title: { value: 'Story 3', source: 'text', line: 1, evidence: '' }, language: { value: 'en', source: 'detected', detector: 'test', confidence: 1, evidence: '' } } }));
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/articles/story-3/"/>');
    expect(html).toMatch(/<a href="\/articles\/story-3\/"[^>]*>Story 3<\/a>/);
  });
});

describe('tag route', () => {
  it("exports the index in both sorts, each entity's first page and, past one page, its pages counted from the oldest", () => {
    const params = tagStaticParams();
    expect(params.slice(0, 2)).toEqual([{ path: [] }, { path: ['by-count'] }]);
    // Two entities fit on one index page: no /tags/page/<n>/ or /tags/by-count/page/<n>/.
    expect(params.filter((p) => p.path[0] === 'page' || (p.path[0] === 'by-count' && p.path.length > 1))).toEqual([]);
    const common = params.filter((p) => p.path[0] === 'common');
    expect(common).toHaveLength(1 + Math.ceil(N / TAG_PAGE_STORIES));
    expect(common[0]?.path).toEqual(['common']);
    expect(common[1]?.path).toEqual(['common', 'page', '1']);
    expect(common.at(-1)?.path).toEqual(['common', 'page', String(Math.ceil(N / TAG_PAGE_STORIES))]);
  });

  it('resolves the two index sorts', async () => {
    await expect(tagFromParams(Promise.resolve({ path: [] }))).resolves.toMatchObject({ kind: 'index', sort: 'name' });
    await expect(tagFromParams(Promise.resolve({ path: ['by-count'] }))).resolves.toMatchObject({ kind: 'index', sort: 'count' });
  });

  it('serves the newest stories with the counts first, then pages counted from the oldest, and nothing past the last page', async () => {
    const latest = await tagFromParams(Promise.resolve({ path: ['rare'] }));
    const first = await tagFromParams(Promise.resolve({ path: ['rare', 'page', '1'] }));
    if (latest.kind !== 'entity' || first.kind !== 'entity-page') throw new Error('expected the first page and a numbered page');
    // The archive's order is newest first; the oldest rare stories, reversed by hand, oldest first.
    const rare = (state.archive?.articles ?? []).filter((a) => a.entities.some((e) => e.slug === 'rare'));
    const oldestFirst = [...rare].reverse();
    expect(latest.articles.map((a) => a.id)).toEqual(rare.slice(0, PAGE_SIZE).map((a) => a.id));
    expect(latest.total).toBe(rare.length);
    expect(first.articles.items.map((a) => a.id)).toEqual(oldestFirst.slice(0, TAG_PAGE_STORIES).map((a) => a.id).reverse());
    expect([first.articles.first, first.articles.last]).toEqual([1, TAG_PAGE_STORIES]);
    expect(latest.years.counts.reduce((sum, c) => sum + c.count, latest.years.undated)).toBe(rare.length);
    await expectNotFound(tagFromParams(Promise.resolve({ path: ['rare', 'page', String(latest.pages + 1)] })));
    await expectNotFound(tagFromParams(Promise.resolve({ path: ['rare', 'page', '0'] })));
    await expectNotFound(tagFromParams(Promise.resolve({ path: ['nobody'] })));
    await expectNotFound(tagFromParams(Promise.resolve({ path: ['by-count', 'page', '2'] })));
  });
});

describe('timeline route', () => {
  // Brute force, from the fake archive's own dates: each story's year from its date string, the archive's order kept.
  const chronology = () => state.archive?.articles ?? [];
  const yearOf = (a: Article) => (a.datePublished.value === null ? null : Number(a.datePublished.value.split('-')[0]));
  const storiesOf = (year: number | null) => chronology().filter((a) => yearOf(a) === year);
  const years = () => [...new Set(chronology().flatMap((a) => yearOf(a) ?? []))].sort((x, y) => y - x);

  it('exports the latest page, each year’s pages and the undated stories’ pages, and each resolves', async () => {
    const params = timelineStaticParams();
    const expected = 1 + years().reduce((n, y) => n + Math.ceil(storiesOf(y).length / PAGE_SIZE), 0) + Math.ceil(storiesOf(null).length / PAGE_SIZE);
    expect(params).toHaveLength(expected);
    expect(params[0]?.path).toEqual([]);
    expect(params.filter((p) => p.path[0] === '2005')).toHaveLength(Math.ceil(storiesOf(2005).length / PAGE_SIZE));
    for (const p of params) {
      const route = await timelineFromParams(Promise.resolve({ path: p.path }));
      const items = route.kind === 'latest' ? route.articles : route.articles.items;
      expect(items.length).toBeGreaterThan(0);
    }
  });

  it('puts a year’s oldest stories on its page 1, newest first, and links on to the page just older', async () => {
    const of2005 = storiesOf(2005);
    const first = await timelineFromParams(Promise.resolve({ path: ['2005'] }));
    const second = await timelineFromParams(Promise.resolve({ path: ['2005', 'page', '2'] }));
    if (first.kind !== 'year' || second.kind !== 'year') throw new Error('expected year pages');
    expect(first.articles.items.map((a) => a.id)).toEqual([...of2005].reverse().slice(0, PAGE_SIZE).reverse().map((a) => a.id));
    expect([first.articles.first, first.articles.last, first.total]).toEqual([1, PAGE_SIZE, of2005.length]);
    // Only the first page names the year's count.
    expect(second.total).toBeNull();
    // The first page links on to the earlier year's newest page; only the year's newest page names the later year.
    expect([first.later, first.older]).toEqual([null, { kind: 'year', year: 2004, page: Math.ceil(storiesOf(2004).length / PAGE_SIZE) }]);
    const lastPage = Math.ceil(of2005.length / PAGE_SIZE);
    const newestOf2005 = await timelineFromParams(Promise.resolve({ path: ['2005', 'page', String(lastPage)] }));
    if (newestOf2005.kind !== 'year') throw new Error('expected a year page');
    expect([newestOf2005.later, newestOf2005.older, newestOf2005.articles.newer]).toEqual([2006, null, 0]);
    expect(second.older).toBeNull();
    // The earliest year reads on into the undated stories' newest page; the newest year has no later one.
    const earliest = await timelineFromParams(Promise.resolve({ path: ['2000'] }));
    const newest = await timelineFromParams(Promise.resolve({ path: ['2019'] }));
    if (earliest.kind !== 'year' || newest.kind !== 'year') throw new Error('expected year pages');
    expect(earliest.older).toEqual({ kind: 'undated', page: Math.ceil(storiesOf(null).length / PAGE_SIZE) });
    expect(newest.later).toBeNull();
    await expectNotFound(timelineFromParams(Promise.resolve({ path: ['1999'] })));
    await expectNotFound(timelineFromParams(Promise.resolve({ path: ['2005', 'page', String(Math.ceil(of2005.length / PAGE_SIZE) + 1)] })));
    await expectNotFound(timelineFromParams(Promise.resolve({ path: ['page', '2'] })));
  });

  it('shows the latest stories with every year’s count, and names the page holding the story just older', async () => {
    const latest = await timelineFromParams(Promise.resolve({ path: [] }));
    if (latest.kind !== 'latest') throw new Error('expected the latest page');
    expect(latest.articles.map((a) => a.id)).toEqual(chronology().slice(0, PAGE_SIZE).map((a) => a.id));
    expect(latest.total).toBe(N);
    expect(latest.years).toEqual(years().map((year) => ({ year, count: storiesOf(year).length })));
    expect(latest.undated).toBe(storiesOf(null).length);
    const next = chronology()[PAGE_SIZE];
    if (!next) throw new Error('the fake archive has more than a page');
    const list = storiesOf(yearOf(next));
    const page = Math.ceil((list.length - list.indexOf(next)) / PAGE_SIZE);
    expect(latest.older).toEqual(yearOf(next) === null ? { kind: 'undated', page } : { kind: 'year', year: yearOf(next), page });
  });

  it('pages the undated stories from the oldest', async () => {
    const undated = storiesOf(null);
    const first = await timelineFromParams(Promise.resolve({ path: ['undated'] }));
    if (first.kind !== 'undated') throw new Error('expected the undated page');
    expect(first.articles.items.map((a) => a.id)).toEqual([...undated].reverse().slice(0, PAGE_SIZE).reverse().map((a) => a.id));
    expect(first.total).toBe(undated.length);
    // Only their newest page links on to the earliest year.
    const pages = Math.ceil(undated.length / PAGE_SIZE);
    const newest = await timelineFromParams(Promise.resolve({ path: ['undated', 'page', String(pages)] }));
    if (newest.kind !== 'undated') throw new Error('expected an undated page');
    expect([first.earliestYear, newest.earliestYear]).toEqual([pages > 1 ? null : 2000, 2000]);
  });

  it('has no per-entity timeline route (an entity’s timeline is its tag pages)', async () => {
    await expectNotFound(timelineFromParams(Promise.resolve({ path: ['rare'] })));
    await expectNotFound(timelineFromParams(Promise.resolve({ path: ['rare', 'page', '3'] })));
  });
});

describe('tag pages carry stories and events in one paged list', () => {
  const rareEvents = RARE_STORIES * EVENTS_PER_RARE;
  const pages = Math.max(Math.ceil(RARE_STORIES / TAG_PAGE_STORIES), Math.ceil(rareEvents / TAG_PAGE_EVENTS));

  it('exports the first page and as many numbered pages as the longer of the two lists needs', () => {
    expect(tagStaticParams().filter((p) => p.path[0] === 'rare')).toHaveLength(1 + pages);
  });

  it('gives page n the n-th slice of each counted from the oldest, and an empty story slice once the stories run out', async () => {
    const latest = await tagFromParams(Promise.resolve({ path: ['rare'] }));
    const second = await tagFromParams(Promise.resolve({ path: ['rare', 'page', '2'] }));
    const last = await tagFromParams(Promise.resolve({ path: ['rare', 'page', String(pages)] }));
    if (latest.kind !== 'entity' || second.kind !== 'entity-page' || last.kind !== 'entity-page') throw new Error('expected entity pages');
    expect(latest.pages).toBe(pages);
    // Each event has its own day, so the n-th event overall (from 0) is dated eventDay(n).
    expect(latest.events.map((g) => g.date.value)).toEqual(Array.from({ length: TAG_EVENTS_PAGE_SIZE }, (_, i) => eventDay(rareEvents - TAG_EVENTS_PAGE_SIZE + i)));
    expect(second.events.items).toHaveLength(TAG_PAGE_EVENTS);
    expect(second.events.items[0]?.date.value).toBe(eventDay(TAG_PAGE_EVENTS));
    expect(last.articles.items).toEqual([]);
    expect(last.articles.newer).toBe(0);
    expect(last.events.items.at(-1)?.date.value).toBe(eventDay(rareEvents - 1));
    await expectNotFound(tagFromParams(Promise.resolve({ path: ['rare', 'page', String(pages + 1)] })));
  });
});
