/**
 * Merges an incremental `next build` (the changed routes, exported into a fresh stage folder) into
 * the previous export, leaving the same bytes a cold build of the same content would:
 *
 * 1. the stage gets the post-build page pass (zero-js.ts: runtime out, CSP in, RSC payloads and
 *    unused scripts deleted), exactly as a cold build's pages do;
 * 2. its /_next/ must then equal the previous export's file for file and byte for byte (same code,
 *    same chunks, and every route kind rendered at least once, lib/render-set.ts); if not, the
 *    build falls back to cold;
 * 3. every other file of the stage is copied over the export, and the removed routes' files deleted;
 * 4. the moved pages are written again, the changed share cards drawn and the removed ones deleted,
 *    and Pagefind re-indexes the bundles (a language's stories of some years) whose story pages changed (its index cannot be
 *    updated in place; postbuild/pagefind-reuse.ts says which bundles are kept).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { MovedPageEntry } from '@/lib/moved-pages';
import type { PublishedCard } from '@/lib/og/cards';
import type { ParamRoute } from '@/lib/render-set';
import { writeMovedPages } from '../postbuild/moved-pages';
import { relativeFilesIn } from '../postbuild/html-files';
import { buildSearchIndex } from '../postbuild/pagefind';
import { writeShareCards } from '../postbuild/share-cards';
import { removeClientRuntime } from '../postbuild/zero-js';
import type { Plan } from './plan';

/** Thrown when the staged export cannot be merged; the build then builds cold. */
export class CannotMerge extends Error {}

/** The first difference between two /_next/ folders, or null when they hold the same files with the same bytes. */
export function assetDifference(a: string, b: string): string | null {
  const [fa, fb] = [relativeFilesIn(a), relativeFilesIn(b)];
  const [inA, inB] = [new Set(fa), new Set(fb)];
  const only = fa.filter((f) => !inB.has(f)).concat(fb.filter((f) => !inA.has(f)));
  if (only.length > 0) return `${only[0]} is in one /_next/ only (${only.length} such files)`;
  const differs = fa.find((f) => !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))));
  return differs ? `${differs} differs` : null;
}

/** The file an exported route is written to, relative to the export root. */
export function routeFile(route: ParamRoute, key: string): string {
  const params: unknown = JSON.parse(key);
  const entries = new Map(Array.isArray(params) ? params.filter((p): p is [string, unknown] => Array.isArray(p) && typeof p[0] === 'string') : []);
  const value = (name: string): string[] => {
    const v = entries.get(name);
    return typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
  };
  if (route === 'articles') return path.join('articles', ...value('slug'), 'index.html');
  if (route === 'tags' || route === 'timeline' || route === 'events') return path.join(route, ...value('path'), 'index.html');
  return path.join('feeds', 'tags', ...value('slug'), route.slice('feeds/tags/'.length));
}

/** Removes `file` and then each folder above it that is left empty, up to `root`. */
function removeWithEmptyParents(root: string, file: string): void {
  rmSync(path.join(root, file), { force: true });
  for (let dir = path.dirname(file); dir !== '.' && dir !== ''; dir = path.dirname(dir)) {
    const abs = path.join(root, dir);
    if (!existsSync(abs) || readdirSync(abs).length > 0) break;
    rmdirSync(abs);
  }
}

export type MergeInputs = { stage: string; exportDir: string; plan: Plan; moved: readonly MovedPageEntry[]; cards: readonly PublishedCard[]; cardCacheDir: string };

/** Merges the staged export into `exportDir` (see the module comment); returns one line per step for the build log. */
export async function mergeIntoExport({ stage, exportDir, plan, moved, cards, cardCacheDir }: MergeInputs): Promise<string[]> {
  const log = [`zero-js+csp (changed pages): ${await removeClientRuntime(stage)}`];
  const assets = assetDifference(path.join(stage, '_next'), path.join(exportDir, '_next'));
  if (assets !== null) throw new CannotMerge(`the rendered pages' assets differ from the previous export's: ${assets}`);

  const copied = relativeFilesIn(stage).filter((f) => !f.startsWith('_next/'));
  for (const file of copied) {
    mkdirSync(path.dirname(path.join(exportDir, file)), { recursive: true });
    copyFileSync(path.join(stage, file), path.join(exportDir, file));
  }
  for (const { route, key } of plan.removed) removeWithEmptyParents(exportDir, routeFile(route, key));
  log.push(`merge: ${copied.length} files copied into ${exportDir}, ${plan.removed.length} removed routes deleted`);

  for (const from of plan.previousMoved) removeWithEmptyParents(exportDir, path.join(...from.split('/').filter(Boolean), 'index.html'));
  for (const card of plan.removedCards) removeWithEmptyParents(exportDir, path.join(...card.split('/').filter(Boolean)));
  const draw = new Set(plan.cards);
  const [cardLine, index] = await Promise.all([
    writeShareCards(exportDir, cards.filter((c) => draw.has(c.path)), { cacheDir: cardCacheDir, keepInCache: Object.values(plan.manifest.cards) }),
    buildSearchIndex(exportDir, { reuse: true }),
  ]);
  log.push(`share cards & pagefind: ${cardLine}; ${index.pages} story pages in ${index.bundles} bundles, re-indexed ${index.reindexed.length} (${index.reindexedPages} pages: ${index.reindexed.join(', ') || 'none'})`);
  log.push(`moved pages: ${writeMovedPages(exportDir, moved)}`);
  return log;
}
