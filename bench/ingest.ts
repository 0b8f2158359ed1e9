/**
 * `npm run bench:ingest` — compiles 1,000 synthetic articles made from the seeds
 * and prints time per article. Aim: under 2 ms per article on a 2-core machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileArchive, type SourceFile } from '../lib/content/archive';

const SEEDS = 'content/articles';
const COUNT = 1000;
const RUNS = 5;

const seeds = readdirSync(SEEDS)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => readFileSync(path.join(SEEDS, n), 'utf8'));

/** Variant `i` of a seed: its own first line and a rotated order of blank-line-separated blocks, so no two files are equal. */
function variant(text: string, i: number): string {
  const parts = text.split(/\n\n/);
  const head = parts.slice(0, 3);
  const rest = parts.slice(3);
  const k = rest.length ? i % rest.length : 0;
  return [...head, ...rest.slice(k), ...rest.slice(0, k), `Synthetic copy number ${i} of this scrape ends here with a sentence.`].join('\n\n');
}

const enc = new TextEncoder();
const files: SourceFile[] = Array.from({ length: COUNT }, (_, i) => ({
  path: `bench/articles/${String(i).padStart(4, '0')}.txt`,
  bytes: enc.encode(variant(seeds[i % seeds.length] ?? '', i)),
}));

compileArchive(files.slice(0, 50)); // warm-up: JIT and regex compilation
const times: number[] = [];
// CPU time too: on a shared machine the wall clock also counts other people's work.
const cpuTimes: number[] = [];
let published = 0;
for (let run = 0; run < RUNS; run++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const archive = compileArchive(files);
  times.push(performance.now() - t0);
  const cpu = process.cpuUsage(c0);
  cpuTimes.push((cpu.user + cpu.system) / 1000);
  published = archive.articles.length;
}
// The first run meets every text for the first time (no memo has seen it): the cost of a fresh archive.
const firstCpu = cpuTimes[0] ?? 0;
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
const cpuMedian = cpuTimes[Math.floor(cpuTimes.length / 2)] ?? 0;
const rows: [string, string][] = [
  ['source files', String(COUNT)],
  ['articles published', String(published)],
  ['total bytes', String(files.reduce((s, f) => s + f.bytes.length, 0))],
  ['runs', String(RUNS)],
  ['median total (ms)', median.toFixed(1)],
  ['best total (ms)', (times[0] ?? 0).toFixed(1)],
  ['ms per source file (median)', (median / COUNT).toFixed(3)],
  ['CPU ms per source file (median)', (cpuMedian / COUNT).toFixed(3)],
  ['CPU ms per file, first run', (firstCpu / COUNT).toFixed(3)],
  ['target ms per file', '2.000'],
];
console.log('ingest benchmark (decode → normalise → segment → extract → sidecars → slugs → validate → order)');
for (const [k, v] of rows) console.log(`${k.padEnd(30)} ${v.padStart(12)}`);
