/**
 * Feeds stay bounded however big the archive: built from a 150-story synthetic archive
 * (scripts/make-scale-archive.ts), the archive feed and a big tag's feed carry exactly the
 * newest FEED_SIZE stories, in an order worked out here from the stories' dates.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '@/lib/content/schema';

const dir = mkdtempSync(path.join(tmpdir(), 'feeds-archive-'));

beforeAll(() => {
  execFileSync('npx', ['tsx', 'scripts/make-scale-archive.ts', dir, '150'], { stdio: 'ignore' });
  vi.stubEnv('CONTENT_DIR', dir);
}, 60_000);
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

/** (year, month, day) descending with missing parts as 0, undated last, ties by id. */
function newestFirst(articles: readonly Article[]): string[] {
  const key = (a: Article) => {
    if (!a.datePublished.value) return -1;
    const [year = 0, month = 0, day = 0] = a.datePublished.value.split('-').map(Number);
    return year * 10_000 + month * 100 + day;
  };
  return [...articles].sort((a, b) => key(b) - key(a) || (a.id < b.id ? -1 : 1)).map((a) => a.id);
}

describe('archive feeds at scale', () => {
  it('carry only the newest FEED_SIZE stories of the archive and the newest TAG_FEED_SIZE of a big tag', async () => {
    const { archiveFeedSpec, tagFeedSpec, FEED_SIZE, TAG_FEED_SIZE } = await import('@/lib/feeds/archive-feeds');
    const { getArticles, getEntities } = await import('@/lib/content');
    const all = getArticles();
    expect(all.length).toBe(150);

    const archive = archiveFeedSpec();
    expect(archive.articles.map((a) => a.id)).toEqual(newestFirst(all).slice(0, FEED_SIZE));

    const big = getEntities().find((e) => e.articles.length > FEED_SIZE);
    if (!big) throw new Error('the synthetic archive should have a tag with more stories than one feed holds');
    const tagged = all.filter((a) => a.entities.some((e) => e.slug === big.slug));
    expect(tagFeedSpec(big.slug)?.articles.map((a) => a.id)).toEqual(newestFirst(tagged).slice(0, TAG_FEED_SIZE));
    expect(TAG_FEED_SIZE).toBe(20);
  }, 60_000);
});
