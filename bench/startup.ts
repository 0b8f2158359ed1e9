/**
 * `npm run bench:startup` — what a build process pays before it works: the CPU time of importing
 * each module that may build tables when it loads (month names, eld, stopwords, country names), and
 * of the modules each build process starts from (the content check and plan's pipeline, a Next
 * worker's `lib/content/index.ts`, the build and post-build scripts). Each is imported in a fresh
 * `node --import tsx` process, CPU measured with `process.cpuUsage()` around the dynamic `import()`;
 * best of 3 (the machine is shared). Prints a table; `--json` prints the rows as JSON too.
 * A module's import CPU includes its own imports (zod alone is ~300 ms of stopwords.ts's). Under a
 * shared machine's load two runs minutes apart differ by more than most changes: compare two trees
 * by interleaving their runs, not by two tables taken at different times.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = 3;

/** Modules that may build tables when they load. */
const MODULES = [
  'lib/content/extract/stopwords.ts',
  'lib/content/extract/script/script-tables.ts',
  'lib/content/extract/script/text-script.ts',
  'lib/content/extract/unmodelled-language.ts',
  'lib/content/extract/language/detect.ts',
  'lib/text-lang.ts',
  'lib/remark/block-lang.ts',
  'lib/content/dates/month-names.ts',
  'lib/content/dates/chrono.ts',
  'lib/content/tagging/country-names.ts',
  'lib/content/tagging/gazetteer.ts',
  'lib/content/tagging/tag-archive.ts',
];

/** What each build process imports first (a script itself would run, so its imports stand in for it). */
const PROCESSES: [string, string[]][] = [
  ['content check (archive + report)', ['lib/content/archive.ts', 'lib/content/report/archive-report.ts', 'lib/content/report/entity-report.ts', 'scripts/compile-in-workers.ts']],
  ['plan (plan-build imports)', ['lib/content/archive.ts', 'scripts/incremental/plan.ts', 'scripts/incremental/page-data.ts', 'scripts/incremental/code-version.ts']],
  ['Next worker (lib/content/index.ts)', ['lib/content/index.ts']],
  ['build script (build.ts imports)', ['scripts/incremental/plan.ts', 'scripts/incremental/plan-build-files.ts', 'scripts/incremental/manifest.ts']],
  ['post-build (postbuild.ts imports)', ['scripts/postbuild/pagefind.ts', 'scripts/postbuild/share-cards.ts', 'scripts/postbuild/moved-pages.ts', 'scripts/postbuild/zero-js.ts']],
];

type Sample = { importMs: number; processMs: number };

/** CPU of importing `files` in a fresh process: around the import, and the whole process up to then. */
function measure(files: readonly string[]): Sample {
  const urls = files.map((f) => pathToFileURL(path.join(ROOT, f)).href);
  const code = `const t=process.cpuUsage();for(const u of ${JSON.stringify(urls)})await import(u);const d=process.cpuUsage(t),a=process.cpuUsage();console.log(JSON.stringify([(d.user+d.system)/1000,(a.user+a.system)/1000]));process.exit(0)`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const [importMs, processMs] = JSON.parse(out.trim().split('\n').at(-1) ?? '[]');
  if (typeof importMs !== 'number' || typeof processMs !== 'number') throw new Error(`no measurement for ${files.join(', ')}: ${out}`);
  return { importMs, processMs };
}

function best(files: readonly string[]): Sample {
  const runs = Array.from({ length: RUNS }, () => measure(files));
  return { importMs: Math.min(...runs.map((r) => r.importMs)), processMs: Math.min(...runs.map((r) => r.processMs)) };
}

const rows: [string, Sample][] = [
  ...MODULES.map((m): [string, Sample] => [m, best([m])]),
  ...PROCESSES.map(([name, files]): [string, Sample] => [name, best(files)]),
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`Start-up CPU, best of ${RUNS} fresh processes (load ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')})\n`);
console.log(`${'module / process'.padEnd(width)}  import CPU ms  process CPU ms`);
for (const [name, s] of rows) console.log(`${name.padEnd(width)}  ${s.importMs.toFixed(0).padStart(13)}  ${s.processMs.toFixed(0).padStart(14)}`);
if (process.argv.includes('--json')) console.log(JSON.stringify(Object.fromEntries(rows)));
