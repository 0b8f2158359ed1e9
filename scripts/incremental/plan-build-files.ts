/** Where the build plan (scripts/incremental/plan-build.ts) saves the plan and the render set `next build` reads, and the build what it did. */
import path from 'node:path';
import { INCREMENTAL_DIR } from './manifest';

export const PLAN_FILE = path.join(INCREMENTAL_DIR, 'plan.json');
export const RENDER_SET_FILE = path.join(INCREMENTAL_DIR, 'render-set.json');
/** `{ mode, reason }`: how the last `npm run build` actually built (an incremental plan may still end cold). */
export const LAST_BUILD_FILE = path.join(INCREMENTAL_DIR, 'last-build.json');
