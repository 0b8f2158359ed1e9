import { beforeAll, describe, expect, it, vi } from 'vitest';
import { removalReason, type Archive } from '@/lib/content/schema';
import type { RouteData } from '@/scripts/incremental/page-data';
import { fakeArchive } from '../routes/fake-archive';

// Page data reaches content only through lib/content; swap its archive for a synthetic one.
const state = vi.hoisted(() => ({ archive: undefined as Archive | undefined }));
vi.mock('@/lib/content/archive', () => ({
  loadArchive: () => {
    if (!state.archive) throw new Error('no fake archive set');
    return state.archive;
  },
}));

/** Every route's page data for `archive`, from fresh modules (lib/content keeps its store per process). */
async function pageData(archive: Archive): Promise<Map<string, string>> {
  vi.resetModules();
  state.archive = archive;
  const { routePageData } = await import('@/scripts/incremental/page-data');
  return new Map((await routePageData()).map((r: RouteData) => [`${r.route} ${r.key}`, r.hash]));
}

/** For each story, the other stories its page links to (related, then older and newer neighbour), read from lib/content's joins. */
async function storiesShown(archive: Archive): Promise<Map<string, (string | null)[]>> {
  vi.resetModules();
  state.archive = archive;
  const { getArticles, getStoryJoins } = await import('@/lib/content');
  return new Map(
    getArticles().map((article) => {
      const joins = getStoryJoins(article);
      return [article.slug, [...joins.related.map((r) => r.article.slug), joins.adjacent.older?.slug ?? null, joins.adjacent.newer?.slug ?? null]];
    }),
  );
}

/** A removal reason the schema accepts, read from it rather than written out. */
const REASON = removalReason.parse('navigation');

const tagRoute = (segments: string[]) => `tags ${JSON.stringify([['path', segments]])}`;

// 30 stories: all tagged `common`, every 7th `rare` (with one dated statement each), stories 0-2 one `extra-<i>` each.
// Story 30 is tagged `common` only and is the one added.
const before = fakeArchive(30, 3, 1);
const after = fakeArchive(31, 3, 1);

let a: Map<string, string>;
let b: Map<string, string>;
let shownBefore: Map<string, (string | null)[]>;
let shownAfter: Map<string, (string | null)[]>;
beforeAll(async () => {
  a = await pageData(before);
  shownBefore = await storiesShown(before);
  b = await pageData(after);
  shownAfter = await storiesShown(after);
}, 120_000);

describe('page data of one added story', () => {
  it('changes the new story, the lists it appears in and the archive-wide lists, and nothing else', async () => {
    const changed = [...b.keys()].filter((k) => a.get(k) !== b.get(k));
    // The story added is tagged `common` only, so exactly these changed for a reason a reader can see:
    expect(changed).toContain(`articles ${JSON.stringify([['slug', 'story-30']])}`);
    expect(changed).toContain(tagRoute(['common']));
    for (const format of ['atom.xml', 'feed.json', 'rss.xml']) expect(changed).toContain(`feeds/tags/${format} ${JSON.stringify([['slug', 'common']])}`);
    // The archive's latest timeline page counts every story; which numbered pages change is list-pages.test.ts's subject.
    expect(changed).toContain(`timeline ${JSON.stringify([['path', []]])}`);
    // Lists that do not carry it, and feeds of other tags, keep their page data.
    for (const slug of ['rare', 'extra-0', 'extra-1', 'extra-2']) {
      expect(changed).not.toContain(tagRoute([slug]));
      expect(changed).not.toContain(`feeds/tags/atom.xml ${JSON.stringify([['slug', slug]])}`);
    }
  });

  it('changes an old story page exactly when the stories it links to changed (the new one among its related or neighbours)', async () => {
    let joined = 0;
    for (const [slug, shown] of shownAfter) {
      if (slug === 'story-30') continue;
      const key = `articles ${JSON.stringify([['slug', slug]])}`;
      const expected = JSON.stringify(shown) !== JSON.stringify(shownBefore.get(slug));
      if (expected) joined += 1;
      expect(a.get(key) !== b.get(key), slug).toBe(expected);
    }
    // Its neighbours at least link to it, and most stories do not.
    expect(joined).toBeGreaterThan(0);
    expect(joined).toBeLessThan(after.articles.length - 1);
  });

  it("re-renders a story alone when only the notes on its removed lines change (no list shows them)", async () => {
    // The same boilerplate line, counted in one more file: what a new story from the same site does to its older ones.
    const withRemoved = (count: number): Archive => {
      const archive = fakeArchive(30, 3, 1);
      const story = archive.articles.find((x) => x.slug === 'story-7');
      if (!story) throw new Error('fixture has no story-7');
      story.removed = [{ line: 1, text: 'Subscribe to our newsletter', reason: REASON, detail: `repeats in ${count} files` }];
      return archive;
    };
    const x = await pageData(withRemoved(3));
    const y = await pageData(withRemoved(4));
    expect([...y.keys()].filter((k) => x.get(k) !== y.get(k))).toEqual([`articles ${JSON.stringify([['slug', 'story-7']])}`]);
  }, 60_000);

  it('is the same for the same archive, built twice', async () => {
    expect(await pageData(fakeArchive(30, 3, 1))).toEqual(a);
  }, 60_000);
});
