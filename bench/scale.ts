/**
 * `npm run bench:scale -- 1000 5000 10000` — builds a synthetic archive of each size
 * (scripts/make-scale-archive.ts) with the full `npm run build` (content check, next build,
 * postbuild) and prints one row per size: build seconds, ms per story, output size and file
 * count, the largest HTML page, the largest feed, and the build's peak memory (the summed
 * resident memory of every process in the build, sampled every 250 ms). CPU seconds (user +
 * system of the whole build, from /usr/bin/time) are printed too: on a shared machine the wall
 * clock depends on the neighbours' load, the CPU time much less.
 *
 * Each size builds into its own export folder (`out-scale-<n>`, removed afterwards unless
 * BENCH_KEEP=1) and its own content folder under the OS temp dir. Not a test: a table.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

type Row = {
  stories: number;
  seconds: number;
  msPerStory: number;
  cpuSeconds: number;
  mb: number;
  files: number;
  html: string;
  feed: string;
  peakMb: number;
  load: string;
};

/** Summed RSS (bytes) of every live process in the process group `pgid`, read from /proc. */
function groupRss(pgid: number): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      // Fields after the command name (which may hold spaces) start at ") ".
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      total += Number(fields[21]) * 4096;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

/** Run a command in its own process group; resolve with its peak summed RSS. */
function runMeasured(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'inherit', 'inherit'] });
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, groupRss(child.pid));
    }, 250);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code === 0) resolve(peak);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
    });
  });
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

async function benchSize(stories: number): Promise<Row> {
  const contentDir = path.join(tmpdir(), `scale-archive-${stories}`);
  const exportDir = `out-scale-${stories}`;
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(exportDir, { recursive: true, force: true });
  await runMeasured('npx', ['tsx', 'scripts/make-scale-archive.ts', contentDir, String(stories)], process.env);
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const started = performance.now();
  const timeFile = path.join(tmpdir(), `scale-time-${stories}.txt`);
  const env = { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: exportDir, NEXT_TELEMETRY_DISABLED: '1' };
  const peak = await runMeasured('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, 'npm', 'run', 'build'], env);
  const seconds = (performance.now() - started) / 1000;
  const [user = 0, system = 0] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number);
  const result = walk(exportDir);
  if (process.env.BENCH_KEEP !== '1') rmSync(exportDir, { recursive: true, force: true });
  return {
    stories,
    seconds: Math.round(seconds),
    msPerStory: Math.round((seconds * 1000) / stories),
    cpuSeconds: Math.round(user + system),
    mb: Math.round(result.bytes / 1024 / 1024),
    files: result.files,
    html: `${kb(result.html[1])} (${result.html[0]})`,
    feed: `${kb(result.feed[1])} (${result.feed[0]})`,
    peakMb: Math.round(peak / 1024 / 1024),
    load,
  };
}

const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
if (sizes.length === 0) throw new Error('usage: npm run bench:scale -- 1000 5000 10000');
const rows: Row[] = [];
for (const size of sizes) {
  rows.push(await benchSize(size));
  console.log(JSON.stringify(rows.at(-1)));
}
console.log('\n| stories | build s | ms/story | CPU s | output MB | files | largest HTML | largest feed | peak MB | load before |');
console.log('| --: | --: | --: | --: | --: | --: | --- | --- | --: | --- |');
for (const r of rows) {
  console.log(`| ${r.stories} | ${r.seconds} | ${r.msPerStory} | ${r.cpuSeconds} | ${r.mb} | ${r.files} | ${r.html} | ${r.feed} | ${r.peakMb} | ${r.load} |`);
}
