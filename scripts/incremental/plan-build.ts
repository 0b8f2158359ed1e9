/**
 * `tsx scripts/incremental/plan-build.ts <exportDir>` — the build plan (save-plan.ts) on its own,
 * with ARCHIVE_SNAPSHOT=1 so it reads the archive the content check saved. `npm run build` runs the
 * plan inside the content check instead (`content-check.ts --build --plan <exportDir>`), on the
 * archive that process has just compiled.
 */
import { savePlan } from './save-plan';

const exportDir = process.argv[2];
if (!exportDir) throw new Error('usage: plan-build.ts <exportDir>');
await savePlan(exportDir);
