/** Where the build plan (scripts/incremental/plan-build.ts) saves the plan and the render set `next build` reads, and the build what it did. */
import { readJsonFileOrNull } from '@/lib/json-file';
import path from 'node:path';
import { z } from 'zod';
import { INCREMENTAL_DIR } from './manifest';

export const PLAN_FILE = path.join(INCREMENTAL_DIR, 'plan.json');
export const RENDER_SET_FILE = path.join(INCREMENTAL_DIR, 'render-set.json');
/** `{ mode, reason }`: how the last `npm run build` actually built (an incremental plan may still end cold). */
export const LAST_BUILD_FILE = path.join(INCREMENTAL_DIR, 'last-build.json');

/** What LAST_BUILD_FILE holds (scripts/build.ts writes it). */
export const lastBuildSchema = z.strictObject({ mode: z.enum(['cold', 'incremental']), reason: z.string() });
export type LastBuild = z.infer<typeof lastBuildSchema>;

/** How the last build built, or null when no build left a readable record. */
export function readLastBuild(file: string = LAST_BUILD_FILE): LastBuild | null {
  return readJsonFileOrNull(file, lastBuildSchema);
}
