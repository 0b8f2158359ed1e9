/**
 * `npm run check:determinism` — two clean builds must give byte-identical exports, apart from
 * Next's build id (random per build; normalised here). Catches timestamps, random ids and output
 * whose order depends on the file system or a hash map.
 *
 *   (no flag)              two clean builds into out-determinism-a/ and -b/, compared
 *   --compare-with <dir>   one clean build, compared with an existing export (npm test passes out/)
 *   --warm                 the second build keeps .next/ and its caches (share cards rendered by
 *                          the first, Turbopack's compile cache): an incremental build must give
 *                          the same bytes as a clean one. With --compare-with, the one build is warm.
 *   --incremental <file>   a clean build of the content folder (CONTENT_DIR or content/, copied to a
 *                          temporary folder) into out-determinism-inc/; then <file> (a source file,
 *                          with its sidecar if one sits beside it) is added and the same folder is
 *                          built again incrementally (scripts/incremental/); then a clean build of
 *                          the grown folder into out-determinism-cold/, compared with the merged one.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { INCREMENTAL_DIR } from './incremental/manifest';
import { readLastBuild } from './incremental/plan-build-files';
import { relativeFilesIn } from './postbuild/html-files';
import { sidecarPathsFor } from '../lib/content/source/sidecar';

const args = process.argv.slice(2);
const compareWith = args.includes('--compare-with') ? args[args.indexOf('--compare-with') + 1] : undefined;
const added = args.includes('--incremental') ? args[args.indexOf('--incremental') + 1] : undefined;
const warm = args.includes('--warm');

type BuildKind = 'clean' | 'warm' | 'incremental';

/** Runs the full `npm run build` (content check, next build, postbuild) into `exportDir`, from a clean .next unless warm or incremental. */
function build(exportDir: string, kind: BuildKind = 'clean', env: Record<string, string> = {}): void {
  if (kind === 'clean') for (const dir of ['.next', INCREMENTAL_DIR]) rmSync(dir, { recursive: true, force: true });
  // An incremental build merges into the export it finds; the others start from nothing.
  if (kind !== 'incremental') rmSync(exportDir, { recursive: true, force: true });
  console.log(`check:determinism: ${kind} build into ${exportDir}/`);
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env, NEXT_DIST_DIR: exportDir } });
}

/** The clean build of a copy of the content folder, the incremental build after adding `file`, the clean build of the grown folder. */
function buildIncrementalPair(file: string, dirInc: string, dirCold: string): void {
  const source = process.env.CONTENT_DIR ?? 'content';
  const content = mkdtempSync(path.join(tmpdir(), 'determinism-content-'));
  cpSync(source, content, { recursive: true });
  const env = { CONTENT_DIR: content };
  build(dirInc, 'clean', env);
  for (const f of [file, ...sidecarPathsFor(file)].filter((f) => existsSync(f))) {
    cpSync(f, path.join(content, 'articles', path.basename(f)));
  }
  build(dirInc, 'incremental', env);
  const last = readLastBuild();
  if (last?.mode !== 'incremental') throw new Error(`the second build was not incremental: ${last?.reason ?? 'it left no record'}`);
  console.log(`check:determinism: the incremental build rendered ${last.reason}`);
  build(dirCold, 'clean', env);
  rmSync(content, { recursive: true, force: true });
}

/**
 * Next's build id: the folder under _next/static that holds _buildManifest.js. The zero-JS
 * postbuild step deletes that manifest with the rest of the unused runtime, and with it the
 * last trace of the id, so an export without one has nothing to normalise (null).
 */
function buildIdOf(files: string[]): string | null {
  const manifest = files.find((f) => /^_next\/static\/[^/]+\/_buildManifest\.js$/.test(f));
  return manifest?.split('/')[2] ?? null;
}

/** The export as a map of normalised path → normalised content. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = relativeFilesIn(dir);
  const id = buildIdOf(files);
  // The build id also sits inside Next's inline scripts, so their CSP hashes change with it: the
  // scripts themselves are compared (normalised), and the hashes only by count and position.
  const normalise = (text: string) =>
    (id === null ? text : text.replaceAll(id, '<BUILD_ID>')).replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*"/g, (meta) => meta.replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-<hash>'"));
  return new Map(files.map((f) => [normalise(f), Buffer.from(normalise(readFileSync(path.join(dir, f)).toString('latin1')), 'latin1')]));
}

/** Where two buffers first differ, shown with a little context. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 60).toString('utf8'));
  return `at byte ${i}:\n      ${show(a)}\n      ${show(b)}`;
}

const [dirA, dirB] = added ? ['out-determinism-cold', 'out-determinism-inc'] : compareWith ? [compareWith, 'out-determinism'] : ['out-determinism-a', 'out-determinism-b'];
if (added) {
  if (!existsSync(added)) throw new Error(`--incremental needs a source file to add; ${added} does not exist`);
  buildIncrementalPair(added, dirB, dirA);
} else {
  if (compareWith && !existsSync(path.join(compareWith, 'index.html'))) throw new Error(`${compareWith} holds no export`);
  if (!compareWith) build(dirA);
  build(dirB, warm ? 'warm' : 'clean');
}

const a = snapshot(dirA);
const b = snapshot(dirB);
const problems: string[] = [];
for (const file of new Set([...a.keys(), ...b.keys()])) {
  const x = a.get(file);
  const y = b.get(file);
  if (!x || !y) problems.push(`${file}: only in ${x ? dirA : dirB}`);
  else if (!x.equals(y)) problems.push(`${file}: differs ${firstDifference(x, y)}`);
}

console.log(`check:determinism: ${a.size} files in ${dirA}/, ${b.size} in ${dirB}/, ${problems.length} difference(s)`);
for (const p of problems.slice(0, 20)) console.log(`  ${p}`);
if (problems.length > 20) console.log(`  … and ${problems.length - 20} more`);
if (problems.length === 0) for (const d of compareWith ? [dirB] : [dirA, dirB]) rmSync(d, { recursive: true, force: true });
process.exitCode = problems.length > 0 ? 1 : 0;
