import { describe, expect, it, vi } from 'vitest';
import type { Archive } from '@/lib/content/schema';
import { TAG_INDEX_PAGE_SIZE } from '@/lib/pagination';
import { fakeArchive } from './fake-archive';

// The tag index pages once the entities outgrow one page. Its own file: the content store is
// built once per module graph, and this archive has many more entities than routes.test.ts's.
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

const { tagFromParams, tagStaticParams } = await import('@/lib/routes/tag-route');

const EXTRA = 2 * TAG_INDEX_PAGE_SIZE + 100;
state.archive = fakeArchive(EXTRA, EXTRA);
/** `common`, `rare` and the extra ones. */
const ENTITIES = EXTRA + 2;
const PAGES = Math.ceil(ENTITIES / TAG_INDEX_PAGE_SIZE);

async function indexPage(path: string[]) {
  const route = await tagFromParams(Promise.resolve({ path }));
  if (route.kind !== 'index') throw new Error(`expected an index page at ${path.join('/')}`);
  return route;
}

describe('paged tag index', () => {
  it('exports every index page in both sorts when the entities outgrow one page', () => {
    expect(PAGES).toBeGreaterThan(1);
    const paths = tagStaticParams().map((p) => p.path.join('/'));
    const extra = Array.from({ length: PAGES - 1 }, (_, i) => i + 2);
    for (const base of ['', 'by-count']) {
      expect(paths).toContain(base);
      for (const n of extra) expect(paths).toContain([base, 'page', String(n)].filter(Boolean).join('/'));
      expect(paths).not.toContain([base, 'page', String(PAGES + 1)].filter(Boolean).join('/'));
    }
  });

  it('splits each sort into pages of at most TAG_INDEX_PAGE_SIZE that together list every entity once', async () => {
    for (const base of [[], ['by-count']]) {
      const seen: string[] = [];
      for (let n = 1; n <= PAGES; n++) {
        const route = await indexPage(n === 1 ? base : [...base, 'page', String(n)]);
        expect(route.entities.page).toBe(n);
        expect(route.entities.pageCount).toBe(PAGES);
        expect(route.entities.items.length).toBeLessThanOrEqual(TAG_INDEX_PAGE_SIZE);
        seen.push(...route.entities.items.map((e) => e.slug));
      }
      expect(seen).toHaveLength(ENTITIES);
      expect(new Set(seen).size).toBe(ENTITIES);
    }
  });

  it('orders the pages as one list: by name across pages, or by count (most first)', async () => {
    const byName = [];
    const byCount = [];
    for (let n = 1; n <= PAGES; n++) {
      const rest = n === 1 ? [] : ['page', String(n)];
      byName.push(...(await indexPage(rest)).entities.items);
      byCount.push(...(await indexPage(['by-count', ...rest])).entities.items);
    }
    const names = byName.map((e) => e.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(byCount[0]?.slug).toBe('common');
    const counts = byCount.map((e) => e.articles.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('has no page past the last', async () => {
    for (const path of [['page', String(PAGES + 1)], ['by-count', 'page', String(PAGES + 1)]]) {
      await expect(tagFromParams(Promise.resolve({ path }))).rejects.toMatchObject({ digest: expect.stringContaining('404') });
    }
  });
});
