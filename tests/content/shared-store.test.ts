import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEED_CONTENT } from '../support/fixtures';

/** A fresh copy of lib/content, as each bundle of a build worker has its own. */
async function freshContentModule() {
  vi.resetModules();
  return import('@/lib/content');
}

describe('the store in a build worker', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    globalThis.builtArchivesByFolder = undefined;
  });

  it('is built once per process under `next build` (ARCHIVE_SNAPSHOT=1), however many copies of lib/content ask', { timeout: 120_000 }, async () => {
    vi.stubEnv('CONTENT_DIR', SEED_CONTENT);
    vi.stubEnv('ARCHIVE_SNAPSHOT', '1');
    const first = (await freshContentModule()).getArchive();
    const second = (await freshContentModule()).getArchive();
    expect(first.articles.length).toBeGreaterThan(0);
    expect(second).toBe(first);
  });

  it('is each copy’s own outside a build, so a script or test that imports it afresh reads the folder afresh', { timeout: 120_000 }, async () => {
    vi.stubEnv('CONTENT_DIR', SEED_CONTENT);
    vi.stubEnv('ARCHIVE_SNAPSHOT', '');
    const first = (await freshContentModule()).getArchive();
    const second = (await freshContentModule()).getArchive();
    expect(second).not.toBe(first);
    expect(second.articles.map((a) => a.id)).toEqual(first.articles.map((a) => a.id));
  });
});
