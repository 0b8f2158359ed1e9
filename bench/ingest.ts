/**
 * `npm run bench:ingest` — compiles distinct texts and prints time per source file by kind of
 * source. Aim: under 3 ms per file on a 2-core machine (issue 16).
 *
 * Every text is different, so memos keyed by text never flatter a run, and none comes from
 * `content/`, so the numbers do not move when editors add or remove stories:
 * - the stories the scale generator writes (scripts/make-scale-archive.ts, deterministic), normal
 *   ones (2–40 paragraphs, a tenth Russian) and `--dense` long reads; it is run in a scratch folder
 *   holding the test gazetteer (tests/fixtures/seed-content/entities.yaml), since it reads the
 *   gazetteer of the folder it runs in;
 * - every development scrape fixture input (tests/fixtures/scrapes/<case>/input.txt): real-looking
 *   pages of many sites and languages, furniture and all;
 * - the seeds as copied for tests (tests/fixtures/seed-content), with their sidecars.
 * Each kind is compiled as an archive of its own, then all of them as one. A run after the first
 * meets texts it has seen (the republication memo keeps shingles by text), so the first run's CPU
 * time is printed beside the medians: the cost of a fresh archive.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileArchive } from '../lib/content/archive';
import { readContentFiles, type SourceFile } from '../lib/content/source/read-folder';

const NORMAL = 700;
const DENSE = 150;
/** Generated stories past the measured ones, compiled once first so JIT and regex compilation are not timed. */
const WARM_UP = 30;
const RUNS = 5;
const SCRAPES = 'tests/fixtures/scrapes';
const SEEDS = 'tests/fixtures/seed-content';

/** The scale generator's stories (`--dense` when asked), written in a scratch folder and read back, renamed so kinds never share an id. */
function generated(kind: 'normal' | 'dense', count: number): SourceFile[] {
  const scratch = mkdtempSync(path.join(tmpdir(), `bench-ingest-${kind}-`));
  try {
    mkdirSync(path.join(scratch, 'content'));
    copyFileSync(path.join(SEEDS, 'entities.yaml'), path.join(scratch, 'content', 'entities.yaml'));
    const tsx = path.resolve('node_modules/.bin/tsx');
    const args = [path.resolve('scripts/make-scale-archive.ts'), 'out', String(count), ...(kind === 'dense' ? ['--dense'] : [])];
    execFileSync(tsx, args, { cwd: scratch, env: { ...process.env, TSX_TSCONFIG_PATH: path.resolve('tsconfig.json') }, stdio: 'ignore' });
    return readContentFiles(path.join(scratch, 'out')).map((f) => ({ ...f, path: `bench/ingest/${kind}-${path.basename(f.path)}` }));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Every development scrape fixture's input, named for its case. */
function scrapeInputs(): SourceFile[] {
  return readdirSync(SCRAPES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => ({ path: `bench/ingest/scrape-${name}.txt`, bytes: new Uint8Array(readFileSync(path.join(SCRAPES, name, 'input.txt'))) }));
}

const normalAll = generated('normal', NORMAL + WARM_UP);
const denseAll = generated('dense', DENSE + WARM_UP);
const kinds: { kind: string; files: SourceFile[] }[] = [
  { kind: 'scale stories', files: normalAll.slice(0, NORMAL) },
  { kind: 'scale stories --dense', files: denseAll.slice(0, DENSE) },
  { kind: 'scrape fixture inputs', files: scrapeInputs() },
  { kind: 'seeds (test copies)', files: readContentFiles(SEEDS) },
];
const everything = kinds.flatMap((k) => k.files);

// Articles only: a sidecar rides with its article and is not a source file of its own.
const isArticle = (f: SourceFile) => f.path.endsWith('.txt');
const texts = everything.filter(isArticle).map((f) => Buffer.from(f.bytes).toString('base64'));
const duplicates = texts.length - new Set(texts).size;

compileArchive([...normalAll.slice(NORMAL), ...denseAll.slice(DENSE)]); // warm-up on texts never measured

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** RUNS compilations of `files` as one archive: median wall and CPU ms per source file, the first run's CPU ms per file, articles published. */
function measure(files: SourceFile[]): { wall: number; cpu: number; firstCpu: number; published: number } {
  const count = files.filter(isArticle).length;
  const walls: number[] = [];
  // CPU time too: on a shared machine the wall clock also counts other people's work.
  const cpus: number[] = [];
  let published = 0;
  for (let run = 0; run < RUNS; run++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    published = compileArchive(files).articles.length;
    walls.push(performance.now() - t0);
    const cpu = process.cpuUsage(c0);
    cpus.push((cpu.user + cpu.system) / 1000);
  }
  return { wall: median(walls) / count, cpu: median(cpus) / count, firstCpu: (cpus[0] ?? 0) / count, published };
}

const header = ['source kind', 'files', 'KB per file', 'published', 'ms per file (median)', 'CPU ms per file (median)', 'CPU ms per file, first run'];
const rows = [...kinds, { kind: 'all kinds, one archive', files: everything }].map(({ kind, files }) => {
  const articles = files.filter(isArticle);
  const { wall, cpu, firstCpu, published } = measure(files);
  const kb = articles.reduce((n, f) => n + f.bytes.length, 0) / 1024 / Math.max(1, articles.length);
  return [kind, String(articles.length), kb.toFixed(1), String(published), wall.toFixed(3), cpu.toFixed(3), firstCpu.toFixed(3)];
});
const table = [header, ...rows];
const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log('ingest benchmark (decode → normalise → segment → extract → sidecars → slugs → validate → order), distinct texts, no gazetteer');
console.log(`${RUNS} runs per row; ${texts.length} source files, ${duplicates} duplicate texts\n`);
console.log(line(header));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
console.log(`\n${'target ms per file'.padEnd(30)} ${'3.000'.padStart(12)}`);
