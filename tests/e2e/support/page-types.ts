/**
 * One representative URL per page type, taken from whatever the export holds, so the checks that
 * cannot afford every page (Lighthouse, the load test) still cover each kind of page.
 */
import type { ExportPage } from './export-pages';

export const PAGE_TYPES = {
  home: /^\/$/,
  story: /^\/articles\/[^/]+\/$/,
  tag: /^\/tags\/[^/]+\/$/,
  timeline: /^\/timeline\/$/,
  events: /^\/events\/$/,
} as const;

export type PageType = keyof typeof PAGE_TYPES;

/** Every URL path of `type` among the export's content pages, sorted. */
export function pagesOfType(pages: ExportPage[], type: PageType): string[] {
  return pages.filter((p) => p.kind === 'page' && PAGE_TYPES[type].test(p.urlPath)).map((p) => p.urlPath).sort();
}

const TYPES: PageType[] = ['home', 'story', 'tag', 'timeline', 'events'];

/** The first page of each type; throws naming every type the export lacks. */
export function samplePageTypes(pages: ExportPage[]): Record<PageType, string> {
  const missing = TYPES.filter((type) => pagesOfType(pages, type).length === 0);
  if (missing.length > 0) throw new Error(`the export has no ${missing.map((t) => `${t} page (${PAGE_TYPES[t]})`).join(', ')}`);
  const first = (type: PageType) => pagesOfType(pages, type)[0] ?? '/';
  return { home: first('home'), story: first('story'), tag: first('tag'), timeline: first('timeline'), events: first('events') };
}

/** A page's shape: its first path segment kept, deeper ones as `*`; `/tags/belarus/2/` has the shape `/tags/x/x/` with x as a star. */
export function pageShape(urlPath: string): string {
  const segments = urlPath.split('/').filter(Boolean);
  const shape = segments.map((s, i) => (i === 0 ? s : '*')).join('/');
  return urlPath.endsWith('/') ? `/${shape}${shape ? '/' : ''}` : `/${shape}`;
}

/** The first `perShape` pages (sorted) of every page shape: each kind of page, whatever the export holds. */
export function samplePerShape(urlPaths: string[], perShape = 2): string[] {
  const byShape = new Map<string, string[]>();
  for (const urlPath of [...urlPaths].sort()) {
    const list = byShape.get(pageShape(urlPath)) ?? [];
    if (list.length < perShape) list.push(urlPath);
    byShape.set(pageShape(urlPath), list);
  }
  return [...byShape.values()].flat();
}

/**
 * At most `perShape` pages of every page shape, spread evenly over each shape's sorted paths (its
 * first and last included): a sample that covers each kind of page, chosen the same way on every
 * run, and that stops growing once a shape has `perShape` pages, so checks that cost seconds a page
 * (axe in Chromium) stay bounded however large the archive grows.
 */
export function spreadPerShape(urlPaths: string[], perShape: number): string[] {
  const byShape = new Map<string, string[]>();
  for (const urlPath of [...urlPaths].sort()) {
    const list = byShape.get(pageShape(urlPath)) ?? [];
    list.push(urlPath);
    byShape.set(pageShape(urlPath), list);
  }
  return [...byShape.values()].flatMap((list) => {
    if (list.length <= perShape) return list;
    const picks = new Set(Array.from({ length: perShape }, (_, i) => Math.round((i * (list.length - 1)) / (perShape - 1))));
    return [...picks].sort((a, b) => a - b).map((i) => list[i] ?? '');
  });
}
