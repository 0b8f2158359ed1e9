/**
 * The incremental build's manifest: what the previous build exported, saved beside Next's cache
 * when that build finished. It holds the code version and gazetteer the export was made with, the
 * hash of every route's page data (page-data.ts), the moved pages and the share cards (with the
 * key each card was drawn from), so the next build can tell what changed. It is removed when a
 * build starts and written when one succeeds, so an interrupted build leaves none and the next is cold.
 */
import { rmSync } from 'node:fs';
import { readJsonFileOrNull } from '@/lib/json-file';
import path from 'node:path';
import { z } from 'zod';
import { PARAM_ROUTES } from '@/lib/render-set';
import { writeFileAtomic } from '@/lib/write-atomic';

/** Where incremental builds keep their state (gitignored, like every `.next-*` folder). */
export const INCREMENTAL_DIR = '.next-incremental';
export const MANIFEST_FILE = path.join(INCREMENTAL_DIR, 'manifest.json');

export const manifestSchema = z.strictObject({
  version: z.literal(1),
  /** The export folder this manifest describes, absolute. */
  exportDir: z.string(),
  codeVersion: z.string(),
  /** The gazetteer's hash, or null when the content folder has none. */
  gazetteer: z.string().nullable(),
  /** Route id → params key (lib/render-set.ts paramsKey) → page-data hash. */
  routes: z.partialRecord(z.enum(PARAM_ROUTES), z.record(z.string(), z.string())),
  /** The moved pages' URL paths. */
  moved: z.array(z.string()),
  /** Share card URL path → the cache key of what it draws. */
  cards: z.record(z.string(), z.string()),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** The saved manifest, or null when there is none or it does not parse (then the build is cold). */
export function readManifest(file: string = MANIFEST_FILE): Manifest | null {
  return readJsonFileOrNull(file, manifestSchema);
}

export function writeManifest(manifest: Manifest, file: string = MANIFEST_FILE): void {
  writeFileAtomic(file, JSON.stringify(manifest));
}

export function removeManifest(file: string = MANIFEST_FILE): void {
  rmSync(file, { force: true });
}
