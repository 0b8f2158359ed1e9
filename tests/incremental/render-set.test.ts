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

/** A route's full params list that counts how often it was asked for. */
function counted<P>(params: P[]) {
  const list = Object.assign(() => {
    list.calls += 1;
    return params;
  }, { calls: 0 });
  return list;
}

describe('renderSet', () => {
  it('passes every param through outside an incremental build', async () => {
    const { renderSet, slugParams } = await withRenderSet(null);
    expect(renderSet('articles', slugParams, () => stories)).toEqual(stories);
  });

  it('reads the listed params back from their keys without listing every params of the route', async () => {
    // The keys written by hand: sorted [name, value] pairs as JSON.
    const { renderSet, slugParams, pathParams } = await withRenderSet({ articles: ['[["slug","b"]]', '[["slug","new"]]'], tags: ['[["path",["x","page","2"]]]'] });
    const [allStories, allTags] = [counted(stories), counted(tags)];
    expect(renderSet('articles', slugParams, allStories)).toEqual([{ slug: 'b' }, { slug: 'new' }]);
    expect(renderSet('tags', pathParams, allTags)).toEqual([{ path: ['x', 'page', '2'] }]);
    expect(allStories.calls).toBe(0);
    expect(allTags.calls).toBe(0);
  });

  it('renders one non-empty params of a route with nothing changed, since Next refuses to export none', async () => {
    const { renderSet, slugParams, pathParams } = await withRenderSet({ tags: ['[["path",[]]]'] });
    expect(renderSet('articles', slugParams, () => stories)).toEqual([{ slug: 'a' }]);
    // The tag index at the root has empty params, which Next does not count: a real entity page is added.
    expect(renderSet('tags', pathParams, () => tags)).toEqual([{ path: [] }, { path: ['by-count'] }]);
  });

  it('renders the root page of a route that has no other when nothing in it changed (Next refuses an empty list)', async () => {
    const { renderSet, pathParams } = await withRenderSet({ articles: ['[["slug","b"]]'] });
    expect(renderSet('events', pathParams, () => [{ path: [] }])).toEqual([{ path: [] }]);
    // Changed, it is rendered once, not twice.
    const changed = await withRenderSet({ events: ['[["path",[]]]'] });
    expect(changed.renderSet('events', changed.pathParams, () => [{ path: [] }])).toEqual([{ path: [] }]);
  });

  it('refuses a key that is not one of the params of the route, naming it', async () => {
    const { renderSet, slugParams, pathParams } = await withRenderSet({ articles: ['[["path",["x"]]]'], tags: ['not json'] });
    expect(() => renderSet('articles', slugParams, () => stories)).toThrow('[["path",["x"]]]');
    expect(() => renderSet('tags', pathParams, () => tags)).toThrow('not json');
  });
});

describe('withFiller', () => {
  const all = ['[["path",[]]]', '[["path",["by-count"]]]', '[["path",["x"]]]'];

  it('adds nothing to a list that has non-empty params', async () => {
    const { withFiller } = await withRenderSet(null);
    expect(withFiller(['[["path",["x"]]]'], all)).toEqual(['[["path",["x"]]]']);
    expect(withFiller(['[["path",[]]]', '[["path",["x"]]]'], all)).toEqual(['[["path",[]]]', '[["path",["x"]]]']);
  });

  it('adds the first non-empty key of the full list to a list of none or only the root', async () => {
    const { withFiller } = await withRenderSet(null);
    expect(withFiller([], all)).toEqual(['[["path",["by-count"]]]']);
    expect(withFiller(['[["path",[]]]'], all)).toEqual(['[["path",[]]]', '[["path",["by-count"]]]']);
    expect(withFiller([], ['[["slug","b"]]', '[["slug","a"]]'])).toEqual(['[["slug","b"]]']);
  });

  it('falls back to the root of a route that has only its root, and to nothing for a route with no params', async () => {
    const { withFiller } = await withRenderSet(null);
    expect(withFiller([], ['[["path",[]]]'])).toEqual(['[["path",[]]]']);
    expect(withFiller(['[["path",[]]]'], ['[["path",[]]]'])).toEqual(['[["path",[]]]']);
    expect(withFiller([], [])).toEqual([]);
  });

  it('gives renderSet a list it reads back without asking for the route\'s full params', async () => {
    const { renderSet, withFiller, pathParams } = await withRenderSet({ tags: ['[["path",[]]]', '[["path",["by-count"]]]'] });
    expect(withFiller(['[["path",[]]]'], all)).toEqual(['[["path",[]]]', '[["path",["by-count"]]]']);
    const allTags = counted(tags);
    expect(renderSet('tags', pathParams, allTags)).toEqual([{ path: [] }, { path: ['by-count'] }]);
    expect(allTags.calls).toBe(0);
  });
});

describe('isEmptyKey', () => {
  it('tells the root of a catch-all from every other key', async () => {
    const { isEmptyKey } = await withRenderSet(null);
    expect(isEmptyKey('[["path",[]]]')).toBe(true);
    expect(isEmptyKey('[]')).toBe(true);
    expect(isEmptyKey('[["path",["x"]]]')).toBe(false);
    expect(isEmptyKey('[["slug","a"]]')).toBe(false);
    expect(isEmptyKey('not json')).toBe(false);
  });
});

describe('paramsOfKey', () => {
  it('reads back what paramsKey wrote, for both shapes of params', async () => {
    const { paramsKey, paramsOfKey, pathParams, slugParams } = await withRenderSet(null);
    for (const p of tags) expect(paramsOfKey(paramsKey(p), pathParams)).toEqual(p);
    for (const p of stories) expect(paramsOfKey(paramsKey(p), slugParams)).toEqual(p);
    expect(paramsOfKey('[["path",["2005","page","3"]]]', pathParams)).toEqual({ path: ['2005', 'page', '3'] });
  });
});
