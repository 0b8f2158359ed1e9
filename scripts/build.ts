/**
 * `npm run build`: the whole build, in one process that starts the others.
 *
 * 1. Content check (`scripts/content-check.ts --build`): compiles content/, stops the build on
 *    content errors (each naming its file), and saves the compiled archive as a snapshot
 *    (lib/content/store/archive-snapshot.ts), the list of share cards (lib/og/cards.ts) and of moved pages (lib/moved-pages.ts).
 * 2. The plan (scripts/incremental/plan-build.ts): every route's page data, diffed with the
 *    manifest the previous build left. When the previous export was made by the same code and
 *    gazetteer, the build is incremental: `next build` renders only the changed routes, which are
 *    merged into the previous export (scripts/incremental/merge.ts). Otherwise,
 *    or when the merge finds the stage does not fit, the build is cold:
 * 3. `next build` with ARCHIVE_SNAPSHOT=1: its processes read the snapshot instead of compiling
 *    the folder again each.
 * 4. The post-build steps (scripts/postbuild.ts), with the share cards rendered from the saved list.
 * Either way ends by saving the manifest. Any failure stops the build with a non-zero exit. The
 * post-build modules are loaded only after `next build`, so this process stays small while Next's
 * workers need the memory. INCREMENTAL=0 forces a cold build.
 */
import { spawn } from 'node:child_process';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { exportDir } from './postbuild/export-dir';
import { INCREMENTAL_DIR, removeManifest, writeManifest } from './incremental/manifest';
import { planSchema, type Plan } from './incremental/plan';
import { LAST_BUILD_FILE, type LastBuild, PLAN_FILE, RENDER_SET_FILE } from './incremental/plan-build-files';
import { writeFileAtomic } from '@/lib/write-atomic';

/** Runs a command with the build's output, resolving when it exits 0. */
function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${label} failed (exit ${code})`))));
  });
}

const NEXT_BIN = path.join('node_modules', 'next', 'dist', 'bin', 'next');
/** Where the previous export waits while `next build` exports the changed routes to the export folder itself. */
const PREVIOUS_DIR = path.join(INCREMENTAL_DIR, 'previous');

/**
 * Renders the plan's changed routes and merges them into the previous export; the reason (after
 * saying it) when the build must go cold instead. The previous export is moved aside and Next
 * exports to the usual folder, so its configuration (distDir included) is the cold build's and
 * Turbopack's persistent cache can be reused; the merged export is then moved back.
 */
async function buildIncrementally(plan: Plan, out: string): Promise<string | null> {
  rmSync(PREVIOUS_DIR, { recursive: true, force: true });
  try {
    renameSync(out, PREVIOUS_DIR);
    await run('next build (changed routes)', process.execPath, [NEXT_BIN, 'build'], {
      ...process.env,
      ARCHIVE_SNAPSHOT: '1',
      RENDER_SET_FILE: path.resolve(RENDER_SET_FILE),
      // The same code passed the type check in the build the plan compared with (next.config.ts).
      INCREMENTAL_BUILD: '1',
    });
    const [{ mergeIntoExport }, { readCardList }, { readMovedPageList }, { CARD_CACHE_DIR }] = await Promise.all([
      import('./incremental/merge'),
      import('@/lib/og/cards'),
      import('@/lib/moved-pages'),
      import('./postbuild/share-card-cache'),
    ]);
    const lines = await mergeIntoExport({ stage: out, exportDir: PREVIOUS_DIR, plan, moved: readMovedPageList(), cards: readCardList(), cardCacheDir: CARD_CACHE_DIR });
    rmSync(out, { recursive: true, force: true });
    renameSync(PREVIOUS_DIR, out);
    for (const line of lines) console.log(`incremental ${line}`);
    return null;
  } catch (error) {
    // A cold build writes the whole export again; what is half merged goes.
    rmSync(PREVIOUS_DIR, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`incremental build abandoned, building cold: ${reason}`);
    return `incremental build abandoned: ${reason}`;
  }
}

/** The full build: `next build` of every route, then every post-build step. */
async function buildCold(): Promise<void> {
  await run('next build', process.execPath, [NEXT_BIN, 'build'], { ...process.env, ARCHIVE_SNAPSHOT: '1' });
  const [{ postbuildSteps, runPostbuild }, { readCardList }, { writeShareCards }, { readMovedPageList }, { writeMovedPages }, { CARD_CACHE_DIR }] = await Promise.all([
    import('./postbuild'),
    import('@/lib/og/cards'),
    import('./postbuild/share-cards'),
    import('@/lib/moved-pages'),
    import('./postbuild/moved-pages'),
    import('./postbuild/share-card-cache'),
  ]);
  await runPostbuild(
    exportDir(),
    postbuildSteps(
      (dir) => writeShareCards(dir, readCardList(), { cacheDir: CARD_CACHE_DIR }),
      (dir) => writeMovedPages(dir, readMovedPageList()),
    ),
  );
}

try {
  const out = exportDir();
  await run('content check', process.execPath, ['--import', 'tsx', path.join('scripts', 'content-check.ts'), '--build'], process.env);
  await run('build plan', process.execPath, ['--import', 'tsx', path.join('scripts', 'incremental', 'plan-build.ts'), out], { ...process.env, ARCHIVE_SNAPSHOT: '1' });
  const plan = planSchema.parse(JSON.parse(readFileSync(PLAN_FILE, 'utf8')));
  // From here the previous export changes: until this build finishes, no manifest may describe it.
  removeManifest();
  const cold = process.env.INCREMENTAL === '0' ? 'INCREMENTAL=0' : plan.mode === 'cold' ? plan.reason : await buildIncrementally(plan, out);
  if (cold !== null) await buildCold();
  writeManifest(plan.manifest);
  const last: LastBuild = cold === null ? { mode: 'incremental', reason: plan.reason } : { mode: 'cold', reason: cold };
  writeFileAtomic(LAST_BUILD_FILE, JSON.stringify(last));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
