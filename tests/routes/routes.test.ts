import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { Archive } from '@/lib/content/schema';
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
  it('exports the latest stories and every page counted from the oldest, and each resolves', async () => {
    const params = timelineStaticParams();
    expect(params).toHaveLength(1 + Math.ceil(N / PAGE_SIZE));
    expect(params[0]?.path).toEqual([]);
    for (const p of params) {
      const route = await timelineFromParams(Promise.resolve({ path: p.path }));
      const items = route.kind === 'latest' ? route.articles : route.articles.items;
      expect(items.length).toBeGreaterThan(0);
    }
  });

  it('puts the oldest stories on page 1 and the latest at /timeline/, newest first on each', async () => {
    // The archive's order, newest first, reversed by hand: the oldest first.
    const oldestFirst = [...(state.archive?.articles ?? [])].reverse();
    const first = await timelineFromParams(Promise.resolve({ path: ['page', '1'] }));
    const latest = await timelineFromParams(Promise.resolve({ path: [] }));
    if (first.kind !== 'page' || latest.kind !== 'latest') throw new Error('expected a numbered page and the latest page');
    expect(first.articles.items.map((a) => a.id)).toEqual(oldestFirst.slice(0, PAGE_SIZE).map((a) => a.id).reverse());
    expect([first.articles.first, first.articles.last]).toEqual([1, PAGE_SIZE]);
    expect(latest.articles.map((a) => a.id)).toEqual(oldestFirst.slice(-PAGE_SIZE).map((a) => a.id).reverse());
    expect(latest.total).toBe(N);
    // The story just older than the latest page is number N − PAGE_SIZE counted from the oldest.
    expect(latest.older).toBe(Math.ceil((N - PAGE_SIZE) / PAGE_SIZE));
    const top = await timelineFromParams(Promise.resolve({ path: ['page', String(Math.ceil(N / PAGE_SIZE))] }));
    if (top.kind !== 'page') throw new Error('expected a numbered page');
    expect([top.articles.first, top.articles.last, top.articles.newer]).toEqual([Math.floor(N / PAGE_SIZE) * PAGE_SIZE + 1, N, 0]);
    await expectNotFound(timelineFromParams(Promise.resolve({ path: ['page', String(Math.ceil(N / PAGE_SIZE) + 1)] })));
    await expectNotFound(timelineFromParams(Promise.resolve({ path: ['page', '0'] })));
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
