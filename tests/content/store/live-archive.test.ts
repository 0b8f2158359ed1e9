import { cpSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { LiveArchive } from '@/lib/content/store/live-archive';
import { followsContent } from '@/lib/content/store/dev-snapshot';
import { SEED_CONTENT } from '../../support/fixtures';

const STORY = `Minsk tractor works opens a new assembly line\n\n4 March 2021\n\nThe works in the capital opened a second assembly line for heavy tractors this week, its director told reporters.\n\nThe line is expected to double the output of the largest models by the end of next year.\n`;

/** Waits until the watcher has seen a change (fs.watch reports asynchronously), at most two seconds. */
async function untilStale(live: LiveArchive): Promise<void> {
  for (let i = 0; i < 200 && !live.isStale; i += 1) await new Promise((r) => setTimeout(r, 10));
  expect(live.isStale).toBe(true);
}

describe('the dev archive', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'live-archive-'));
  cpSync(SEED_CONTENT, dir, { recursive: true });
  const live = new LiveArchive(dir);
  afterAll(() => {
    live.stopWatching();
    rmSync(dir, { recursive: true, force: true });
  });
  const seedCount = live.get().articles.length;
  const added = path.join(dir, 'articles', 'zz_added.txt');

  it('is built once and served as is while nothing changes', () => {
    expect(seedCount).toBeGreaterThan(0);
    expect(live.get()).toBe(live.get());
  });

  it('shows an added file on the next read, compiling only that file', async () => {
    writeFileSync(added, STORY);
    await untilStale(live);
    const store = live.get();
    expect(store.articles.length).toBe(seedCount + 1);
    expect(store.articles.some((a) => a.title.value === 'Minsk tractor works opens a new assembly line')).toBe(true);
    expect(live.lastRebuild).toMatchObject({ compiled: 1 });
  });

  it('shows an edited file and forgets a removed one', async () => {
    writeFileSync(added, STORY.replace('a new assembly line', 'a third assembly line'));
    await untilStale(live);
    expect(live.get().articles.map((a) => a.title.value)).toContain('Minsk tractor works opens a third assembly line');
    expect(live.lastRebuild).toMatchObject({ compiled: 1 });
    unlinkSync(added);
    await untilStale(live);
    expect(live.get().articles.length).toBe(seedCount);
    expect(live.lastRebuild).toMatchObject({ compiled: 0 });
  });

  it('fails a read while a file is rejected, naming it, and recovers once it is removed', async () => {
    const link = path.join(dir, 'articles', 'zz_link.txt');
    symlinkSync('/etc/hostname', link);
    await untilStale(live);
    expect(() => live.get()).toThrow(/zz_link\.txt/);
    unlinkSync(link);
    await untilStale(live);
    expect(live.get().articles.length).toBe(seedCount);
  });
});

describe('followsContent', () => {
  it('holds in the dev server only, not in a build reading its snapshot or in tests', () => {
    expect(followsContent({ NODE_ENV: 'development' })).toBe(true);
    expect(followsContent({ NODE_ENV: 'development', ARCHIVE_SNAPSHOT: '1' })).toBe(false);
    expect(followsContent({ NODE_ENV: 'production' })).toBe(false);
    expect(followsContent({ NODE_ENV: 'test' })).toBe(false);
  });
});

describe('the dev snapshot shared with Next’s worker processes', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'live-snapshot-'));
  cpSync(SEED_CONTENT, path.join(dir, 'content'), { recursive: true });
  const file = path.join(dir, 'snapshot.json');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const settle = () => new Promise((r) => setTimeout(r, 100));

  it('is written by the server and read by a worker, which then compiles nothing', async () => {
    const server = new LiveArchive(path.join(dir, 'content'), { file, role: 'write' });
    const titles = server.get().articles.map((a) => a.title.value);
    server.stopWatching();
    await settle();
    const worker = new LiveArchive(path.join(dir, 'content'), { file, role: 'read' });
    expect(worker.get().articles.map((a) => a.title.value)).toEqual(titles);
    expect(worker.lastRebuild).toMatchObject({ compiled: 0, cached: 0 });
    worker.stopWatching();
  });

  it('is not used once a content file changed: the worker compiles the folder itself', () => {
    writeFileSync(path.join(dir, 'content', 'articles', 'zz_added.txt'), STORY);
    const worker = new LiveArchive(path.join(dir, 'content'), { file, role: 'read' });
    expect(worker.get().articles.map((a) => a.title.value)).toContain('Minsk tractor works opens a new assembly line');
    expect(worker.lastRebuild?.compiled).toBeGreaterThan(0);
    worker.stopWatching();
  });
});

describe('one live archive per folder in a process', () => {
  it('is shared by every copy of the module (the dev server bundles it once per layer)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'live-shared-'));
    try {
      const first = await import('@/lib/content/store/live-archive');
      vi.resetModules();
      const second = await import('@/lib/content/store/live-archive');
      expect(second.liveArchiveFor).not.toBe(first.liveArchiveFor); // really two copies of the module
      const a = first.liveArchiveFor(dir, null);
      const b = second.liveArchiveFor(`${dir}${path.sep}.`, null);
      expect(b).toBe(a);
      const other = mkdtempSync(path.join(tmpdir(), 'live-other-'));
      const c = first.liveArchiveFor(other, null);
      expect(c).not.toBe(a);
      c.stopWatching();
      rmSync(other, { recursive: true, force: true });
      a.stopWatching();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
