/** Where the build plan (scripts/incremental/plan-build.ts) saves the plan and the render set `next build` reads, and the build what it did. */
import { readFileSync } from 'node:fs';
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

/**
 * `{ buildId, codeVersion }`: the compile in `.next` the last finished build left (Next keeps its
 * build output there whatever the export folder), so an incremental build on the same code can
 * render from it instead of compiling again (scripts/build.ts).
 */
export const COMPILED_FILE = path.join(INCREMENTAL_DIR, 'compiled.json');
/** Where Next writes the id of the compile in `.next`: random per compile, so it names one compile. */
export const NEXT_BUILD_ID_FILE = path.join('.next', 'BUILD_ID');

export const compiledSchema = z.strictObject({ buildId: z.string(), codeVersion: z.string() });
export type Compiled = z.infer<typeof compiledSchema>;

/** The compile the last finished build recorded, or null. */
export function readCompiled(file: string = COMPILED_FILE): Compiled | null {
  return readJsonFileOrNull(file, compiledSchema);
}

/** The id of the compile in `.next` now, or null when there is none. */
export function currentNextBuildId(file: string = NEXT_BUILD_ID_FILE): string | null {
  try {
    return readFileSync(file, 'utf8').trim() || null;
  } catch {
    return null;
  }
}

/**
 * Whether `.next` still holds the compile a finished build recorded for the code `codeVersion`:
 * the same code, and the same build id (any compile since, by any `next build`, wrote a new one).
 */
export function compileReusable(recorded: Compiled | null, codeVersion: string, buildId: string | null): boolean {
  return recorded !== null && buildId !== null && recorded.codeVersion === codeVersion && recorded.buildId === buildId;
}
