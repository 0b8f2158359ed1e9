/**
 * Which static params a route exports in this build. A cold build exports them all; an
 * incremental build (scripts/incremental/) writes the list of routes whose page data changed to a
 * file and points RENDER_SET_FILE at it, and each route's `generateStaticParams` passes its full
 * list through `renderSet`, so Next renders only those and the build merges them into the previous
 * export. The sitemap and every other list read the unfiltered params, never this.
 */
import { z } from 'zod';
import { readJsonFile } from '@/lib/json-file';

/** The routes with static params, by the id their `generateStaticParams` passes here. */
export const PARAM_ROUTES = ['articles', 'tags', 'timeline', 'events', 'feeds/tags/atom.xml', 'feeds/tags/feed.json', 'feeds/tags/rss.xml'] as const;
export type ParamRoute = (typeof PARAM_ROUTES)[number];

type Params = Readonly<Record<string, string | readonly string[] | undefined>>;

/** The render-set file: for each route id, the keys (paramsKey) of the params to render. */
export const renderSetFile = z.strictObject({ routes: z.partialRecord(z.enum(PARAM_ROUTES), z.array(z.string())) });
export type RenderSetFile = z.infer<typeof renderSetFile>;

/** One route's params as a stable string: the key both this module and the build's diff use. */
export function paramsKey(params: Params): string {
  return JSON.stringify(Object.keys(params).sort().map((k) => [k, params[k] ?? null]));
}

/** Params Next takes as "no params at all" (an optional catch-all at its root). */
const isEmptyParams = (params: Params) => Object.values(params).every((v) => v === undefined || (Array.isArray(v) && v.length === 0));

let wanted: Map<string, Set<string>> | null | undefined;

function wantedKeys(): Map<string, Set<string>> | null {
  if (wanted !== undefined) return wanted;
  const file = process.env.RENDER_SET_FILE;
  if (!file) return (wanted = null);
  const parsed = readJsonFile(file, renderSetFile, 'a render set');
  wanted = new Map(Object.entries(parsed.routes).map(([route, keys]) => [route, new Set(keys)]));
  return wanted;
}

/**
 * The params of `route` this build exports: all of them, unless an incremental build listed the
 * changed ones. Next refuses to export a dynamic route with no non-empty params, so a route with
 * nothing changed still renders its first such params (unchanged, so the same bytes as before), or
 * its root page when it has no other.
 */
export function renderSet<P extends Params>(route: ParamRoute, params: readonly P[]): P[] {
  const listed = wantedKeys();
  if (!listed) return [...params];
  const keys = listed.get(route);
  const chosen = params.filter((p) => keys?.has(paramsKey(p)));
  if (chosen.some((p) => !isEmptyParams(p))) return chosen;
  // A route whose params are all empty (one page at its root) renders that page again: Next refuses an empty list too.
  const filler = params.find((p) => !isEmptyParams(p)) ?? (chosen.length === 0 ? params[0] : undefined);
  return filler ? [...chosen, filler] : chosen;
}
