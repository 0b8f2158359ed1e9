/**
 * Which static params a route exports in this build. A cold build exports them all; an
 * incremental build (scripts/incremental/) writes the keys of the routes whose page data changed
 * to a file and points RENDER_SET_FILE at it, and each route's `generateStaticParams` asks
 * `renderSet` for its params: the listed keys read back into params, so Next renders only those
 * and the build merges them into the previous export. The route's full list is computed only
 * when a cold build needs it: the plan writes each route's filler too (withFiller); the sitemap
 * and every other list read the unfiltered params, never this.
 */
import { z } from 'zod';
import { readJsonFile } from '@/lib/json-file';

/** The routes with static params, by the id their `generateStaticParams` passes here. */
export const PARAM_ROUTES = ['articles', 'tags', 'timeline', 'events', 'feeds/tags/atom.xml', 'feeds/tags/feed.json', 'feeds/tags/rss.xml'] as const;
export type ParamRoute = (typeof PARAM_ROUTES)[number];

type Params = Readonly<Record<string, string | readonly string[] | undefined>>;

/** The params of a route at `[slug]` (a story, a tag's feeds). */
export const slugParams = z.strictObject({ slug: z.string() });
/** The params of a route at an optional catch-all `[[...path]]` (tags, timeline, events); `[]` is its root. */
export const pathParams = z.strictObject({ path: z.array(z.string()) });

/** The render-set file: for each route id, the keys (paramsKey) of the params to render. */
export const renderSetFile = z.strictObject({ routes: z.partialRecord(z.enum(PARAM_ROUTES), z.array(z.string())) });
export type RenderSetFile = z.infer<typeof renderSetFile>;

/** One route's params as a stable string: the key both this module and the build's diff use. */
export function paramsKey(params: Params): string {
  return JSON.stringify(Object.keys(params).sort().map((k) => [k, params[k] ?? null]));
}

/** What paramsKey writes: [name, value] pairs, a value absent (undefined) written as null. */
const keyPairs = z.array(z.tuple([z.string(), z.union([z.string(), z.array(z.string()), z.null()])]));

/** The params a key (paramsKey) stands for, checked by the route's params `schema`; a key of another shape throws, naming it. */
export function paramsOfKey<P extends Params>(key: string, schema: z.ZodType<P>): P {
  let json: unknown;
  try {
    json = JSON.parse(key);
  } catch {
    throw new Error(`render set: the key ${key} is not JSON`);
  }
  const pairs = keyPairs.safeParse(json);
  const params = pairs.success ? schema.safeParse(Object.fromEntries(pairs.data.filter(([, v]) => v !== null))) : null;
  if (!params?.success) throw new Error(`render set: the key ${key} is not a params key of this route`);
  return params.data;
}

/** Params Next takes as "no params at all" (an optional catch-all at its root). */
const isEmptyParams = (params: Params) => Object.values(params).every((v) => v === undefined || (Array.isArray(v) && v.length === 0));

/** Whether a key (paramsKey) stands for empty params (isEmptyParams); a key of another shape is not empty. */
export function isEmptyKey(key: string): boolean {
  let json: unknown;
  try {
    json = JSON.parse(key);
  } catch {
    return false;
  }
  const pairs = keyPairs.safeParse(json);
  return pairs.success && pairs.data.every(([, v]) => v === null || (Array.isArray(v) && v.length === 0));
}

/**
 * The keys of a route to render in an incremental build: its `changed` keys, plus, when none of
 * them is non-empty params, a filler, since Next refuses to export a dynamic route with no
 * non-empty params: the first non-empty key of the route's full list `all` (in its own order),
 * or, for a route with nothing changed and only empty params, its first. The filler renders
 * unchanged (the same bytes as the export has); the planner writes it, so a build worker does not
 * list the route's every params to find it (renderSet).
 */
export function withFiller(changed: readonly string[], all: readonly string[]): string[] {
  if (changed.some((key) => !isEmptyKey(key))) return [...changed];
  const filler = all.find((key) => !isEmptyKey(key)) ?? (changed.length === 0 ? all[0] : undefined);
  return filler === undefined || changed.includes(filler) ? [...changed] : [...changed, filler];
}

let wanted: Map<string, readonly string[]> | null | undefined;

function wantedKeys(): Map<string, readonly string[]> | null {
  if (wanted !== undefined) return wanted;
  const file = process.env.RENDER_SET_FILE;
  if (!file) return (wanted = null);
  const parsed = readJsonFile(file, renderSetFile, 'a render set');
  wanted = new Map(Object.entries(parsed.routes));
  return wanted;
}

/**
 * The params of `route` this build exports: all of them (`all()`), unless an incremental build
 * listed the changed ones, which are then read back from their keys by the route's params
 * `schema` without listing the route's every params (the build's plan took the keys from this
 * build's own full lists: scripts/incremental/page-data.ts). Next refuses to export a dynamic
 * route with no non-empty params, so a route with none changed still renders its first such
 * params (unchanged, so the same bytes as before), or its root page when it has no other. The
 * plan lists that filler too (withFiller); `all()` is called only when the list has no non-empty
 * params, which with the plan's fillers means a route that has none.
 */
export function renderSet<P extends Params>(route: ParamRoute, schema: z.ZodType<P>, all: () => readonly P[]): P[] {
  const listed = wantedKeys();
  if (!listed) return [...all()];
  const chosen = [...new Set(listed.get(route) ?? [])].map((key) => paramsOfKey(key, schema));
  if (chosen.some((p) => !isEmptyParams(p))) return chosen;
  const params = all();
  // A route whose params are all empty (one page at its root) renders that page again: Next refuses an empty list too.
  const filler = params.find((p) => !isEmptyParams(p)) ?? (chosen.length === 0 ? params[0] : undefined);
  return filler ? [...chosen, filler] : chosen;
}
