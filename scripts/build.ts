/**
 * `npm run build`: the whole build, in one process that starts the others.
 *
 * 1. Content check (`scripts/content-check.ts --build`): compiles content/, stops the build on
 *    content errors (each naming its file), and saves the compiled archive as a snapshot
 *    (lib/content/store/archive-snapshot.ts), the list of share cards (lib/og/cards.ts) and of moved pages (lib/moved-pages.ts).
 * 2. The plan (scripts/incremental/save-plan.ts, run by the content check on the archive it has just
 *    compiled): every route's page data, diffed with the
 *    manifest the previous build left. When the previous export was made by the same code and
 *    gazetteer, the build is incremental: `next build` renders only the changed routes, which are
 *    merged into the previous export (scripts/incremental/merge.ts). Otherwise,
 *    or when the merge finds the stage does not fit, the build is cold:
 * 3. `next build` with ARCHIVE_SNAPSHOT=1: its processes read the snapshot instead of compiling
 *    the folder again each.
 * 4. The post-build steps (scripts/postbuild.ts), with the share cards rendered from the saved list.
 * Either way ends by saving the manifest. Any failure stops the build with a non-zero exit. The
 * post-build modules are loaded only after `next build`, so this process stays small while Next's
 * workers need the memory. INCREMENTAL=0 forces a cold build. An incremental build whose code is
 * that of the compile the previous build left in `.next` (plan-build-files.ts, compileReusable)
 * skips Next's compile: `next build --experimental-build-mode=generate` renders from that compile.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { exportDir } from './postbuild/export-dir';
import { INCREMENTAL_DIR, removeManifest, writeManifest } from './incremental/manifest';
import { planSchema, renderWorkers, type Plan } from './incremental/plan';
import { COMPILED_FILE, compileReusable, currentNextBuildId, LAST_BUILD_FILE, type LastBuild, PLAN_FILE, readCompiled, RENDER_SET_FILE } from './incremental/plan-build-files';
import { writeFileAtomic } from '@/lib/write-atomic';
import { readJsonFile } from '@/lib/json-file';

/** Runs a command with the build's output, resolving when it exits 0. */
function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${label} failed (exit ${code})`))));
  });
}

/** Wall-clock seconds of each phase of this build, printed at its end (docs/scale.md reads them). */
const phases: [string, number][] = [];

/** Runs `work` and records its wall-clock time under `label`. */
async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    phases.push([label, (performance.now() - started) / 1000]);
  }
}

/** The lowest CPU priority: the card filler gets a core only when Next's processes leave one idle. */
const IDLE_PRIORITY = 19;

/**
 * Starts the card filler (scripts/postbuild/card-filler.ts) at the lowest priority, drawing the
 * cards the content check listed into the card cache while `next build` runs; null unless
 * CARD_FILLER=1. Off by default: measured on a loaded machine it added ~0.4 GB to the build's
 * memory peak (beside Next's workers) without a wall-clock gain that load could show (docs/scale.md). Returns a function that stops it (a card it is drawing is not kept: cards reach
 * the cache through a temporary name) and resolves once it has exited.
 */
function startCardFiller(): (() => Promise<void>) | null {
  if (process.env.CARD_FILLER !== '1') return null;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'postbuild', 'card-filler.ts')], { stdio: 'inherit' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  child.on('error', (error) => console.error(`card filler: ${error.message}`));
  try {
    if (child.pid !== undefined) setPriority(child.pid, IDLE_PRIORITY);
  } catch {
    // A system that refuses the priority runs the filler at the build's own: same cards, less overlap gained.
  }
  return async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
}

const NEXT_BIN = path.join('node_modules', 'next', 'dist', 'bin', 'next');
/** Next's list of the routes it prerendered, written after static generation (see buildIncrementally). */
const PRERENDER_MANIFEST_FILE = path.join('.next', 'prerender-manifest.json');
/** Where the previous export waits while `next build` exports the changed routes to the export folder itself. */
const PREVIOUS_DIR = path.join(INCREMENTAL_DIR, 'previous');

/**
 * Renders the plan's changed routes and merges them into the previous export; the reason (after
 * saying it) when the build must go cold instead. The previous export is moved aside and Next
 * exports to the usual folder, so its configuration (distDir included) is the cold build's and
 * Turbopack's persistent cache can be reused; the merged export is then moved back.
 */
async function buildIncrementally(plan: Plan, out: string, reuseCompile: boolean): Promise<string | null> {
  rmSync(PREVIOUS_DIR, { recursive: true, force: true });
  try {
    renameSync(out, PREVIOUS_DIR);
    // Next's own split of `next build` into compile and generate: generate reads the build id and the
    // bundles from `.next` and only collects the routes' data and renders them (~12 s of CPU saved at 10,000).
    const args = reuseCompile ? ['build', '--experimental-build-mode=generate'] : ['build'];
    // Generate mode does not clean `.next`, and Next's export requires the prerender manifest once
    // before static generation rewrites it and again after: the stale copy a previous build left
    // would be the one both read (Node's require cache), so the export would copy that build's
    // routes and miss the new ones. Without it, the first read fails as after a clean.
    if (reuseCompile) rmSync(PRERENDER_MANIFEST_FILE, { force: true });
    console.log(`incremental: ${reuseCompile ? 'rendering from the compile in .next (same code)' : 'compiling (no recorded compile of this code in .next)'}`);
    // A small render set in one worker (plan.ts); NEXT_BUILD_CPUS set by the caller wins (next.config.ts).
    const cpus = process.env.NEXT_BUILD_CPUS ?? renderWorkers(plan);
    await run('next build (changed routes)', process.execPath, [NEXT_BIN, ...args], {
      ...process.env,
      ...(cpus === undefined ? {} : { NEXT_BUILD_CPUS: cpus }),
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
  // Share cards need only the content check's list: they are drawn on the cores Next leaves idle.
  const stopFiller = startCardFiller();
  try {
    await timed('next build', () => run('next build', process.execPath, [NEXT_BIN, 'build'], { ...process.env, ARCHIVE_SNAPSHOT: '1' }));
    await postbuildCold(stopFiller);
  } finally {
    // A failed step must not leave the filler drawing after the build has exited.
    await stopFiller?.();
  }
}

/** The post-build of a cold build; the card step first stops the card filler (`stopFiller`). */
async function postbuildCold(stopFiller: (() => Promise<void>) | null): Promise<void> {
  const [{ postbuildSteps, runPostbuild }, { readCardList }, { writeShareCards }, { readMovedPageList }, { writeMovedPages }, { CARD_CACHE_DIR }] = await Promise.all([
    import('./postbuild'),
    import('@/lib/og/cards'),
    import('./postbuild/share-cards'),
    import('@/lib/moved-pages'),
    import('./postbuild/moved-pages'),
    import('./postbuild/share-card-cache'),
  ]);
  await timed('post-build', () =>
    runPostbuild(
      exportDir(),
      postbuildSteps(
        async (dir) => {
          // The filler stops here; the cards it drew are copied from the cache and the rest drawn on every core.
          await stopFiller?.();
          return writeShareCards(dir, readCardList(), { cacheDir: CARD_CACHE_DIR });
        },
        (dir) => writeMovedPages(dir, readMovedPageList()),
      ),
    ),
  );
}

try {
  const out = exportDir();
  // The plan runs in the content check's process, on the archive it compiled (no second read of the snapshot).
  await timed('content check + plan', () => run('content check', process.execPath, ['--import', 'tsx', path.join('scripts', 'content-check.ts'), '--build', '--plan', out], process.env));
  const plan = readJsonFile(PLAN_FILE, planSchema, 'a build plan');
  const reuseCompile = compileReusable(readCompiled(), plan.manifest.codeVersion, currentNextBuildId());
  // From here the previous export changes: until this build finishes, no manifest may describe it,
  // nor may a record say what `.next` holds (a failed build may have left half a compile there).
  removeManifest();
  rmSync(COMPILED_FILE, { force: true });
  const cold = process.env.INCREMENTAL === '0' ? 'INCREMENTAL=0' : plan.mode === 'cold' ? plan.reason : await timed('incremental render + merge', () => buildIncrementally(plan, out, reuseCompile));
  if (cold !== null) await buildCold();
  writeManifest(plan.manifest);
  const buildId = currentNextBuildId();
  if (buildId !== null) writeFileAtomic(COMPILED_FILE, JSON.stringify({ buildId, codeVersion: plan.manifest.codeVersion }));
  const last: LastBuild = cold === null ? { mode: 'incremental', reason: plan.reason } : { mode: 'cold', reason: cold };
  writeFileAtomic(LAST_BUILD_FILE, JSON.stringify(last));
  console.log(`build phases (wall): ${phases.map(([label, s]) => `${label} ${s.toFixed(1)} s`).join(', ')}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
