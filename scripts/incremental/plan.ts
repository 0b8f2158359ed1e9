/**
 * The diff between the previous build's manifest and this build's: build cold, or re-render the
 * routes whose page data changed, delete the routes that are gone, and redraw the cards whose
 * inputs changed. Pure: scripts/incremental/plan-build.ts computes the manifests and saves the plan.
 */
import { z } from 'zod';
import { PARAM_ROUTES, renderSetFile, withFiller, type ParamRoute, type RenderSetFile } from '@/lib/render-set';
import { manifestSchema, type Manifest } from './manifest';

export const planSchema = z.strictObject({
  mode: z.enum(['cold', 'incremental']),
  /** Why cold, or what changed: one line for the build log. */
  reason: z.string(),
  render: renderSetFile,
  /** Routes the previous export has and this one has not. */
  removed: z.array(z.strictObject({ route: z.enum(PARAM_ROUTES), key: z.string() })),
  /** The previous export's moved pages (all rewritten: each is a few hundred bytes) and the cards it has and this one has not. */
  previousMoved: z.array(z.string()),
  removedCards: z.array(z.string()),
  /** Cards to draw (new, or drawn from changed inputs). */
  cards: z.array(z.string()),
  /** The manifest to save once this build succeeds. */
  manifest: manifestSchema,
});
export type Plan = z.infer<typeof planSchema>;

const EMPTY_RENDER: RenderSetFile = { routes: {} };

/** Keys in `next` that are new or whose value differs from `previous`'s. */
function changedKeys(previous: Readonly<Record<string, string>>, next: Readonly<Record<string, string>>): string[] {
  return Object.keys(next).filter((key) => previous[key] !== next[key]);
}

/** Why the previous export cannot be reused for `next`, or null when it can. */
function coldReason(previous: Manifest | null, next: Manifest, exportExists: boolean): string | null {
  if (!previous) return 'no manifest of a finished previous build';
  if (previous.exportDir !== next.exportDir || !exportExists) return `no previous export in ${next.exportDir}`;
  if (previous.codeVersion !== next.codeVersion) return 'the code changed (app, components, lib, scripts, public, configs or dependencies)';
  if (previous.gazetteer !== next.gazetteer) return 'the gazetteer changed';
  return null;
}

/** The plan for building `next` over the export `previous` describes (`exportExists`: its folder still holds an export). */
export function planBuild(previous: Manifest | null, next: Manifest, exportExists: boolean): Plan {
  const cold = coldReason(previous, next, exportExists);
  if (cold !== null || !previous) {
    return { mode: 'cold', reason: cold ?? 'cold', render: EMPTY_RENDER, removed: [], previousMoved: [], removedCards: [], cards: Object.keys(next.cards), manifest: next };
  }
  const routes: Partial<Record<ParamRoute, string[]>> = {};
  const removed: Plan['removed'] = [];
  let changed = 0;
  let fillers = 0;
  for (const route of PARAM_ROUTES) {
    const before = previous.routes[route] ?? {};
    const after = next.routes[route] ?? {};
    const keys = changedKeys(before, after);
    // The manifest lists a route's keys in the route's own param order (page-data.ts), which is where its filler is found.
    routes[route] = withFiller(keys, Object.keys(after));
    changed += keys.length;
    fillers += routes[route].length - keys.length;
    for (const key of Object.keys(before)) if (!(key in after)) removed.push({ route, key });
  }
  const cards = changedKeys(previous.cards, next.cards);
  const removedCards = Object.keys(previous.cards).filter((p) => !(p in next.cards));
  const total = PARAM_ROUTES.reduce((n, r) => n + Object.keys(next.routes[r] ?? {}).length, 0);
  return {
    mode: 'incremental',
    reason: `${changed} of ${total} routes to render (and ${fillers} unchanged as fillers), ${removed.length} removed; ${cards.length} cards to draw, ${removedCards.length} removed`,
    render: { routes },
    removed,
    previousMoved: previous.moved,
    removedCards,
    cards,
    manifest: next,
  };
}

/**
 * Up to this many routes to render, an incremental build renders them in one Next worker instead of
 * one per core. Each worker pays a fixed start of several seconds of CPU before its first page
 * (every route module, the archive snapshot read and indexed, the language model: ~10 s at 10,000
 * stories) while a route costs tens of milliseconds, so a second worker saves wall time only once
 * half the routes cost more than that start (docs/scale.md, "inc28"). One story added renders ~120.
 */
export const ONE_WORKER_ROUTES = 400;

/** How many routes the render set of `plan` holds, fillers included. */
export function routesToRender(plan: Pick<Plan, 'render'>): number {
  return Object.values(plan.render.routes).reduce((n, keys) => n + (keys?.length ?? 0), 0);
}

/** NEXT_BUILD_CPUS for rendering `plan` (next.config.ts): '1' for a small render set, undefined (one worker per core) otherwise. */
export function renderWorkers(plan: Pick<Plan, 'render'>): '1' | undefined {
  return routesToRender(plan) <= ONE_WORKER_ROUTES ? '1' : undefined;
}
