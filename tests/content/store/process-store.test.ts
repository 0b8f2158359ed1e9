import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Archive } from '@/lib/content/schema';
import { heldStore, processStore, registerArchive } from '@/lib/content/store/process-store';

/** An archive with no stories: what a content folder of only rejected files compiles to. */
const empty = (message: string): Archive => ({ articles: [], entities: [], republications: [], events: [], rejected: [], notices: [{ file: 'x.txt', line: null, message }] });

describe('the store a build process shares', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    globalThis.builtArchivesByFolder = undefined;
  });

  it('is made once per folder, whichever relative or absolute name asks', () => {
    let loads = 0;
    const load = () => {
      loads += 1;
      return empty('first');
    };
    const first = processStore('some/folder', load);
    expect(processStore(`${process.cwd()}/some/folder`, load)).toBe(first);
    expect(loads).toBe(1);
    expect(heldStore(() => 'some/other')).toBeUndefined();
  });

  it('asks no folder name while it holds no store', () => {
    expect(heldStore(() => {
      throw new Error('no folder is asked for');
    })).toBeUndefined();
  });

  it('serves a registered archive without loading the folder', () => {
    registerArchive('registered', empty('compiled here'));
    expect(heldStore(() => 'registered')?.notices.map((n) => n.message)).toEqual(['compiled here']);
    const store = processStore('registered', () => {
      throw new Error('the folder must not be read');
    });
    expect(store.notices.map((n) => n.message)).toEqual(['compiled here']);
  });

  it('is what lib/content serves once the content check registers its archive, outside `next build` too', { timeout: 120_000 }, async () => {
    vi.stubEnv('CONTENT_DIR', 'no/such/folder');
    vi.stubEnv('ARCHIVE_SNAPSHOT', '');
    vi.resetModules();
    registerArchive('no/such/folder', empty('from the content check'));
    const { getArchive } = await import('@/lib/content');
    expect(getArchive().notices.map((n) => n.message)).toEqual(['from the content check']);
  });
});
