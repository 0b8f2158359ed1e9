import { describe, expect, it } from 'vitest';
import type { Manifest } from '@/scripts/incremental/manifest';
import { ONE_WORKER_ROUTES, planBuild, renderWorkers, routesToRender } from '@/scripts/incremental/plan';

const manifest = (over: Partial<Manifest> = {}): Manifest => ({
  version: 1,
  exportDir: '/site/out',
  codeVersion: 'code-1',
  gazetteer: 'gaz-1',
  routes: {
    articles: { '[["slug","a"]]': 'h-a', '[["slug","b"]]': 'h-b' },
    tags: { '[["path",["x"]]]': 'h-x', '[["path",["y"]]]': 'h-y' },
  },
  moved: ['/timeline/x/'],
  cards: { '/og/articles/a/image.png': 'k-a', '/og/articles/b/image.png': 'k-b' },
  ...over,
});

describe('planBuild', () => {
  it('builds cold without a previous manifest, or when its export is gone', () => {
    expect(planBuild(null, manifest(), true).mode).toBe('cold');
    expect(planBuild(manifest(), manifest(), false).mode).toBe('cold');
    expect(planBuild(manifest({ exportDir: '/site/other' }), manifest(), true).mode).toBe('cold');
  });

  it('builds cold when the code or the gazetteer changed, whatever the routes say', () => {
    expect(planBuild(manifest(), manifest({ codeVersion: 'code-2' }), true)).toMatchObject({ mode: 'cold', reason: expect.stringContaining('code') });
    expect(planBuild(manifest(), manifest({ gazetteer: 'gaz-2' }), true)).toMatchObject({ mode: 'cold', reason: expect.stringContaining('gazetteer') });
    expect(planBuild(manifest({ gazetteer: null }), manifest(), true).mode).toBe('cold');
  });

  it('renders only each route\'s filler when nothing changed', () => {
    const plan = planBuild(manifest(), manifest(), true);
    expect(plan.mode).toBe('incremental');
    // Next refuses a route with no params: each route with any renders its first, unchanged.
    expect(plan.render.routes).toEqual({ articles: ['[["slug","a"]]'], tags: ['[["path",["x"]]]'], timeline: [], events: [], 'feeds/tags/atom.xml': [], 'feeds/tags/feed.json': [], 'feeds/tags/rss.xml': [] });
    expect(plan.reason).toContain('0 of 4 routes to render (and 2 unchanged as fillers)');
    expect(plan.removed).toEqual([]);
    expect(plan.cards).toEqual([]);
  });

  it('picks the filler in the route\'s own order, past its root page, and none where a changed page is not the root', () => {
    const routes = {
      tags: { '[["path",[]]]': 'h-root', '[["path",["z"]]]': 'h-z', '[["path",["a"]]]': 'h-a' },
      timeline: { '[["path",[]]]': 'h-t' },
      articles: { '[["slug","a"]]': 'h-a' },
    };
    const before = manifest({ routes });
    const after = manifest({ routes: { ...routes, tags: { ...routes.tags, '[["path",[]]]': 'h-root2' }, articles: { '[["slug","a"]]': 'h-a2' } } });
    const plan = planBuild(before, after, true);
    // The root changed: the first entity page after it in the manifest's order (z before a) comes along.
    expect(plan.render.routes.tags).toEqual(['[["path",[]]]', '[["path",["z"]]]']);
    // A route with only its root page and nothing changed renders that page.
    expect(plan.render.routes.timeline).toEqual(['[["path",[]]]']);
    expect(plan.render.routes.articles).toEqual(['[["slug","a"]]']);
  });

  it('renders the added and changed routes, deletes the removed ones, draws the changed cards', () => {
    const next = manifest({
      routes: {
        articles: { '[["slug","a"]]': 'h-a', '[["slug","c"]]': 'h-c' },
        tags: { '[["path",["x"]]]': 'h-x2', '[["path",["y"]]]': 'h-y' },
      },
      cards: { '/og/articles/a/image.png': 'k-a2', '/og/articles/c/image.png': 'k-c' },
      moved: ['/timeline/z/'],
    });
    const plan = planBuild(manifest(), next, true);
    expect(plan.mode).toBe('incremental');
    expect(plan.render.routes.articles).toEqual(['[["slug","c"]]']);
    expect(plan.render.routes.tags).toEqual(['[["path",["x"]]]']);
    expect(plan.removed).toEqual([{ route: 'articles', key: '[["slug","b"]]' }]);
    expect(plan.cards.sort()).toEqual(['/og/articles/a/image.png', '/og/articles/c/image.png']);
    expect(plan.removedCards).toEqual(['/og/articles/b/image.png']);
    // Every previous moved page is rewritten, so all of them are cleared first.
    expect(plan.previousMoved).toEqual(['/timeline/x/']);
    expect(plan.manifest).toBe(next);
  });
});

describe('the workers that render a plan', () => {
  const keys = (n: number) => Array.from({ length: n }, (_, i) => `[["slug","s${i}"]]`);

  it('counts every route of the render set, fillers included', () => {
    expect(routesToRender({ render: { routes: { articles: keys(3), tags: keys(2), timeline: [] } } })).toBe(5);
    expect(routesToRender({ render: { routes: {} } })).toBe(0);
  });

  it('renders a small set in one worker and a large one on every core', () => {
    expect(renderWorkers({ render: { routes: { articles: keys(ONE_WORKER_ROUTES - 1), tags: keys(1) } } })).toBe('1');
    expect(renderWorkers({ render: { routes: { articles: keys(ONE_WORKER_ROUTES), tags: keys(1) } } })).toBeUndefined();
  });
});
