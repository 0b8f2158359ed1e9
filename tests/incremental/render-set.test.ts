import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** lib/render-set.ts read fresh, with RENDER_SET_FILE pointing at a file holding `routes` (or unset). */
async function withRenderSet(routes: Record<string, string[]> | null) {
  vi.resetModules();
  if (routes === null) delete process.env.RENDER_SET_FILE;
  else {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'render-set-')), 'render-set.json');
    writeFileSync(file, JSON.stringify({ routes }));
    process.env.RENDER_SET_FILE = file;
  }
  return import('@/lib/render-set');
}

afterEach(() => {
  delete process.env.RENDER_SET_FILE;
});

const stories = [{ slug: 'a' }, { slug: 'b' }, { slug: 'c' }];
const tags = [{ path: [] as string[] }, { path: ['by-count'] }, { path: ['x'] }, { path: ['x', 'page', '2'] }];

describe('renderSet', () => {
  it('passes every param through outside an incremental build', async () => {
    const { renderSet } = await withRenderSet(null);
    expect(renderSet('articles', stories)).toEqual(stories);
  });

  it('keeps only the listed params, keyed the way the build keys them', async () => {
    // The key written by hand: sorted [name, value] pairs as JSON.
    const { renderSet } = await withRenderSet({ articles: ['[["slug","b"]]'], tags: ['[["path",["x","page","2"]]]'] });
    expect(renderSet('articles', stories)).toEqual([{ slug: 'b' }]);
    expect(renderSet('tags', tags)).toEqual([{ path: ['x', 'page', '2'] }]);
  });

  it('renders one non-empty params of a route with nothing changed, since Next refuses to export none', async () => {
    const { renderSet } = await withRenderSet({ tags: ['[["path",[]]]'] });
    expect(renderSet('articles', stories)).toEqual([{ slug: 'a' }]);
    // The tag index at the root has empty params, which Next does not count: a real entity page is added.
    expect(renderSet('tags', tags)).toEqual([{ path: [] }, { path: ['by-count'] }]);
  });

  it('renders the root page of a route that has no other when nothing in it changed (Next refuses an empty list)', async () => {
    const { renderSet } = await withRenderSet({ articles: ['[["slug","b"]]'] });
    expect(renderSet('events', [{ path: [] }])).toEqual([{ path: [] }]);
    // Changed, it is rendered once, not twice.
    const changed = await withRenderSet({ events: ['[["path",[]]]'] });
    expect(changed.renderSet('events', [{ path: [] }])).toEqual([{ path: [] }]);
  });
});
