/**
 * `npm run bench:scale -- 1000 5000 10000 [--dense 300 1500] [--incremental 1000]` (or `-- --plan 1000
 * 10000 [--dense 300 1500]`: only what one added story re-renders, bench/scale-plan.ts) — builds a synthetic archive of each size
 * (scripts/make-scale-archive.ts) with the full `npm run build` (content check, next build,
 * postbuild) and prints one row per size: build seconds, ms per story, output size and file
 * count, the largest HTML page, the largest feed, and the build's peak memory (the summed
 * resident memory of every process in the build, sampled every 250 ms). CPU seconds (user +
 * system of every build process, sampled the same way) are printed too, with a line saying
 * which processes spent them: on a shared machine the wall clock depends on the neighbours'
 * load, the CPU time much less.
 *
 * Each size builds into its own export folder (`out-scale-<n>`, removed afterwards unless
 * BENCH_KEEP=1) and its own content folder under the OS temp dir. Not a test: a table.
 *
 * `--dense` builds the sizes after it as entity-dense long reads (make-scale-archive.ts --dense)
 * and prints the marginal cost per added story between sizes of one density; `--incremental`
 * builds each size after it cold (build caches cleared) and then again with one story added on
 * the first build's caches and export: an incremental build (scripts/incremental/) that merges
 * the routes the new story changed into that export.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DERIVED_CACHE_DIR } from '../lib/content/store/derived-cache';
import { DISK_CACHE_DIR } from '../lib/content/store/disk-cache';
import { REPUBLICATION_CACHE_DIR } from '../lib/content/store/republication-cache';
import { INCREMENTAL_DIR } from '../scripts/incremental/manifest';
import { readLastBuild } from '../scripts/incremental/plan-build-files';
import { CARD_CACHE_DIR } from '../scripts/postbuild/share-card-cache';
import { planSizes } from './scale-plan';

type Row = {
  stories: number;
  dense: boolean;
  /** Built with the caches of the build one story smaller. */
  incremental: boolean;
  bytes: number;
  seconds: number;
  /** Wall seconds of Next's compile, type check and bundler-cache write, which do not depend on the stories (from Next's own output). */
  compileSeconds: number;
  msPerStory: number;
  cpuSeconds: number;
  mb: number;
  files: number;
  html: string;
  feed: string;
  peakMb: number;
  load: string;
};

type Sample = { rss: number; cpu: Map<string, number>; rssByKind: Map<string, number> };

/**
 * Summed RSS (bytes) of every live process in the process group `pgid`, and each one's CPU
 * seconds so far (user + system), keyed by pid and command, read from /proc. CPU is tracked
 * per process rather than through wait() accounting, because Next's build workers can outlive
 * their reaping parent and then never reach /usr/bin/time's or a parent's totals.
 */
function sampleGroup(pgid: number): Sample {
  const sample: Sample = { rss: 0, cpu: new Map(), rssByKind: new Map() };
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      // Fields after the command name (which may hold spaces) start at ") ".
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      sample.rss += Number(fields[21]) * 4096;
      // An exited process (a zombie) has no command line: keep the kind it had while it ran.
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      // A forked Next worker shows its parent's command line until it execs processChild.js: let that relabel it.
      if (args.trim() !== '' && (!kinds.has(pid) || processKind(args) === 'next worker')) kinds.set(pid, processKind(args));
      sample.cpu.set(`${pid} ${kinds.get(pid) ?? 'other'}`, (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS);
      const kind = kinds.get(pid) ?? 'other';
      sample.rssByKind.set(kind, (sample.rssByKind.get(kind) ?? 0) + Number(fields[21]) * 4096);
      if (process.env.BENCH_DEBUG === '1' && args.trim() !== '') commands.set(pid, args.slice(0, 160));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return sample;
}

/** Each sampled process's command line (BENCH_DEBUG=1), to say what "other" was. */
const commands = new Map<string, string>();
/** What each process is, fixed the first time it is seen running. */
const kinds = new Map<string, string>();

/** Linux's USER_HZ, the unit of utime and stime in /proc/<pid>/stat. */
const CLOCK_TICKS = 100;

/** A short name for a build process, to say where the CPU went. */
function processKind(args: string): string {
  if (args.includes('jest-worker/processChild')) return 'next worker';
  if (args.includes('pagefind')) return 'pagefind';
  if (args.includes('card-filler')) return 'card filler';
  if (args.includes('postbuild') || args.includes('scripts/build.ts')) return 'build script + postbuild';
  if (args.includes('content-check')) return 'content check';
  // Next renames its main process `next-build (v…)`; Turbopack compiles in its threads.
  if (args.includes('next build') || args.includes('next-build') || args.includes('next/dist/bin/next')) return 'next build (main)';
  if (args.includes('turbopack') || args.includes('postcss')) return 'bundler helpers';
  return 'other';
}

type Measured = { peak: number; cpu: Map<string, number>; atPeak: Map<string, number>; output: string };

/** Seconds in a duration as Next prints it: `800ms`, `36.2s`, `2.1min`. */
function durationSeconds(amount: string, unit: string): number {
  const n = Number(amount);
  return unit === 'ms' ? n / 1000 : unit === 'min' ? n * 60 : n;
}

/**
 * Wall seconds of Next's compile, type check and bundler-cache write in a build's output
 * ("Compiled successfully in 36.2s", "Finished TypeScript in 11.6s", "Finished writing to
 * filesystem cache in 11.5s"): a fixed cost of the code, not of the stories, that varies by tens
 * of seconds from run to run with the bundler's cache and the machine's load.
 */
function compileSeconds(output: string): number {
  let total = 0;
  for (const m of output.matchAll(/(?:Compiled successfully|Finished TypeScript|Finished writing to filesystem cache) in ([\d.]+)(ms|s|min)\b/g)) total += durationSeconds(m[1] ?? '0', m[2] ?? 's');
  return total;
}

/** Run a command in its own process group; resolve with its peak summed RSS and per-process CPU. */
function runMeasured(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const measured: Measured = { peak: 0, cpu: new Map(), atPeak: new Map(), output: '' };
    // Passed through as it comes, and kept to read Next's own timings from.
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      measured.output += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    const timer = setInterval(() => {
      if (!child.pid) return;
      const sample = sampleGroup(child.pid);
      if (sample.rss > measured.peak) {
        measured.peak = sample.rss;
        measured.atPeak = sample.rssByKind;
      }
      for (const [key, seconds] of sample.cpu) measured.cpu.set(key, Math.max(measured.cpu.get(key) ?? 0, seconds));
    }, 250);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code === 0) resolve(measured);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
    });
  });
}

/** CPU seconds per kind of process, and per Next worker, for the profile line. */
function cpuProfile(cpu: Map<string, number>): { total: number; line: string } {
  const byKind = new Map<string, number>();
  const workers: number[] = [];
  for (const [key, seconds] of cpu) {
    const kind = key.slice(key.indexOf(' ') + 1);
    byKind.set(kind, (byKind.get(kind) ?? 0) + seconds);
    if (kind === 'next worker') workers.push(seconds);
  }
  const total = [...byKind.values()].reduce((a, b) => a + b, 0);
  const parts = [...byKind].sort((a, b) => b[1] - a[1]).map(([kind, s]) => `${kind} ${Math.round(s)} s`);
  return { total, line: `${parts.join(', ')}; workers: ${workers.map((s) => Math.round(s)).join(' + ')} s` };
}

type Walk = { bytes: number; files: number; html: [string, number]; feed: [string, number] };

function walk(root: string): Walk {
  const out: Walk = { bytes: 0, files: 0, html: ['', 0], feed: ['', 0] };
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        visit(file);
        continue;
      }
      const size = statSync(file).size;
      out.bytes += size;
      out.files += 1;
      const rel = path.relative(root, file);
      if (entry.name.endsWith('.html') && size > out.html[1]) out.html = [rel, size];
      if (rel.startsWith('feeds') && size > out.feed[1]) out.feed = [rel, size];
    }
  };
  visit(root);
  return out;
}

const kb = (n: number) => `${Math.round(n / 1024)} KB`;

/**
 * Build caches a cold build must not find: the cards, the last build's manifest, and the content
 * check's per-file compile cache and per-story derived data (a size built before, by this bench or
 * another, would otherwise come from them). Turbopack's compile cache stays warm, as on any developer machine.
 */
const BUILD_CACHES = [CARD_CACHE_DIR, INCREMENTAL_DIR, DISK_CACHE_DIR, DERIVED_CACHE_DIR, REPUBLICATION_CACHE_DIR];

/**
 * Builds a synthetic archive of `stories` and measures the build. `incremental` builds it again
 * with one story more, keeping the caches of the first build: what adding a story costs.
 */
async function benchSize(stories: number, dense: boolean, incremental = false, keep = false): Promise<Row> {
  const name = `${dense ? 'dense-' : ''}${stories}`;
  const contentDir = path.join(tmpdir(), `scale-archive-${dense ? 'dense-' : ''}${stories}`);
  // The story added is merged into the export of the cold build before it (scripts/incremental/).
  const exportDir = `out-scale-${name}`;
  if (!incremental) {
    rmSync(exportDir, { recursive: true, force: true });
    rmSync(contentDir, { recursive: true, force: true });
    for (const cache of BUILD_CACHES) rmSync(cache, { recursive: true, force: true });
  }
  // The generator is deterministic: n + 1 stories are the same n files plus one new one.
  const count = incremental ? stories + 1 : stories;
  await runMeasured('npx', ['tsx', 'scripts/make-scale-archive.ts', contentDir, String(count), ...(dense ? ['--dense'] : [])], process.env);
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const started = performance.now();
  const env = { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: exportDir, NEXT_TELEMETRY_DISABLED: '1' };
  const { peak, cpu, atPeak, output } = await runMeasured('npm', ['run', 'build'], env);
  const seconds = (performance.now() - started) / 1000;
  const profile = cpuProfile(cpu);
  console.log(`CPU of the ${stories}-story build: ${profile.line}`);
  const peakParts = [...atPeak].sort((a, b) => b[1] - a[1]).map(([kind, bytes]) => `${kind} ${Math.round(bytes / 1024 / 1024)} MB`);
  console.log(`Memory at the peak: ${peakParts.join(', ')}`);
  if (process.env.BENCH_DEBUG === '1') {
    const top = [...cpu].sort((a, b) => b[1] - a[1]).slice(0, 12);
    for (const [key, secs] of top) console.log(`  ${Math.round(secs)} s  ${key}  ${commands.get(key.split(' ')[0] ?? '') ?? ''}`);
  }
  if (incremental) console.log(`Built: ${planLine()}`);
  const result = walk(exportDir);
  if (process.env.BENCH_KEEP !== '1' && !keep) rmSync(exportDir, { recursive: true, force: true });
  return {
    stories: count,
    incremental,
    dense,
    bytes: result.bytes,
    seconds: Math.round(seconds),
    compileSeconds: Math.round(compileSeconds(output)),
    msPerStory: Math.round((seconds * 1000) / stories),
    cpuSeconds: Math.round(profile.total),
    mb: Math.round(result.bytes / 1024 / 1024),
    files: result.files,
    html: `${kb(result.html[1])} (${result.html[0]})`,
    feed: `${kb(result.feed[1])} (${result.feed[0]})`,
    peakMb: Math.round(peak / 1024 / 1024),
    load,
  };
}

/** How the last build built, and why (scripts/build.ts). */
function planLine(): string {
  const last = readLastBuild();
  return last ? `${last.mode}: ${last.reason}` : 'none';
}

/**
 * The sizes to build, in order, each with its density: `1000 --dense 300 1500` builds 1,000
 * ordinary stories, then 300 and 1,500 entity-dense long reads (`--normal` switches back).
 */
type Run = { stories: number; dense: boolean; incremental: boolean };

function parseRuns(args: readonly string[]): Run[] {
  let dense = false;
  let incremental = false;
  const runs: Run[] = [];
  for (const arg of args) {
    if (arg === '--dense' || arg === '--normal') dense = arg === '--dense';
    else if (arg === '--incremental') incremental = true;
    else if (Number.isInteger(Number(arg)) && Number(arg) > 0) {
      runs.push({ stories: Number(arg), dense, incremental: false });
      // A cold build, then the same archive with one story added, built on the first build's caches.
      if (incremental) runs.push({ stories: Number(arg), dense, incremental: true });
    } else throw new Error(`unknown argument ${arg}`);
  }
  return runs;
}

/** Marginal cost between consecutive sizes of one density: build ms and output KB per added story. */
function marginals(rows: readonly Row[]): string[] {
  const lines: string[] = [];
  for (const dense of [false, true]) {
    const same = rows.filter((r) => r.dense === dense && !r.incremental).sort((a, b) => a.stories - b.stories);
    for (let i = 1; i < same.length; i++) {
      const [a, b] = [same[i - 1], same[i]];
      if (!a || !b || b.stories === a.stories) continue;
      const added = b.stories - a.stories;
      const ms = Math.round(((b.seconds - a.seconds) * 1000) / added);
      const msRendered = Math.round((((b.seconds - b.compileSeconds) - (a.seconds - a.compileSeconds)) * 1000) / added);
      const cpuMs = Math.round(((b.cpuSeconds - a.cpuSeconds) * 1000) / added);
      const kbPer = Math.round((b.bytes - a.bytes) / 1024 / added);
      lines.push(`| ${dense ? 'dense' : 'normal'} | ${a.stories} → ${b.stories} | ${ms} | ${msRendered} | ${cpuMs} | ${kbPer} |`);
    }
  }
  return lines;
}

if (process.argv[2] === '--plan') {
  // Plan-only: what one added story re-renders, by kind of route (bench/scale-plan.ts); no build.
  planSizes(parseRuns(process.argv.slice(3)));
  process.exit(0);
}
const runs = parseRuns(process.argv.slice(2));
if (runs.length === 0) throw new Error('usage: npm run bench:scale -- 1000 5000 10000 [--dense 300 1500] [--incremental 1000]');
const rows: Row[] = [];
for (const [i, run] of runs.entries()) {
  // A cold build's export stays for the one-story-added build that follows it.
  rows.push(await benchSize(run.stories, run.dense, run.incremental, runs[i + 1]?.incremental === true));
  console.log(JSON.stringify(rows.at(-1)));
}
console.log('\n| stories | density | build | build s | of which Next\'s compile s | ms/story | CPU s | output MB | files | largest HTML | largest feed | peak MB | load before |');
console.log('| --: | --- | --- | --: | --: | --: | --: | --: | --: | --- | --- | --: | --- |');
for (const r of rows) {
  console.log(
    `| ${r.stories} | ${r.dense ? 'dense' : 'normal'} | ${r.incremental ? 'one story added' : 'cold'} | ${r.seconds} | ${r.compileSeconds} | ${r.msPerStory} | ${r.cpuSeconds} | ${r.mb} | ${r.files} | ${r.html} | ${r.feed} | ${r.peakMb} | ${r.load} |`,
  );
}
const marginal = marginals(rows);
if (marginal.length) {
  console.log('\n| density | sizes | ms per added story | the same without Next\'s compile | CPU ms per added story | KB per added story |');
  console.log('| --- | --- | --: | --: | --: | --: |');
  for (const line of marginal) console.log(line);
}
