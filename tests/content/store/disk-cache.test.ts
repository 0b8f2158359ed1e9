import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileArchive, sourcesOf } from '@/lib/content/archive';
import { readContentFolder } from '@/lib/content/content-folder';
import type { SourceFile } from '@/lib/content/source/read-folder';
import { compileKey, compilerVersion } from '@/lib/content/store/compile-cache';
import { DiskCompileCache } from '@/lib/content/store/disk-cache';
import { compileInWorkers } from '@/scripts/compile-in-workers';
import { FIXTURES, SEED_CONTENT } from '../../support/fixtures';

const enc = new TextEncoder();
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'disk-cache-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The cache's folder of segments in a scratch folder. */
const cacheDir = (dir: string) => path.join(dir, 'compile-log');

/** The segment files, oldest first, as paths. */
const segmentsIn = (dir: string) =>
  readdirSync(cacheDir(dir))
    .sort()
    .map((name) => path.join(cacheDir(dir), name));

/** The one segment a test expects there to be. */
function onlySegment(dir: string): string {
  const all = segmentsIn(dir);
  if (all.length !== 1 || all[0] === undefined) throw new Error(`expected one segment, found ${all.length}`);
  return all[0];
}

/** What a segment file holds, read with node:v8 directly (the format: { version, value: Map }). */
function readSegment(file: string): Map<unknown, unknown> {
  const saved: unknown = deserialize(readFileSync(file));
  if (typeof saved !== 'object' || saved === null || !('value' in saved) || !(saved.value instanceof Map)) throw new Error('not a saved segment');
  return saved.value;
}

/** One compile through the disk cache in `dir`, on this thread, saved as the content check saves it; returns the archive as JSON and what the cache did. */
async function viaCache(dir: string, files: SourceFile[], gazetteer: SourceFile | null, version = 'compiler-a') {
  const cache = new DiskCompileCache(cacheDir(dir));
  const archive = await compileInWorkers(files, gazetteer, { workers: 1, cache, version });
  cache.save();
  return { json: JSON.stringify(archive), stats: cache.stats };
}

/** How many entries the segments hold, garbage included, one count per segment, oldest first. */
const entriesIn = (dir: string) => segmentsIn(dir).map((file) => readSegment(file).size);

describe('the disk compile cache', { timeout: 120_000 }, () => {
  const { files, gazetteer } = readContentFolder(SEED_CONTENT);
  const count = sourcesOf(files).length;
  const cold = JSON.stringify(compileArchive(files, gazetteer));

  it('gives, cold and then warm, exactly the JSON of a cold compile, and reads every file from disk the second time', async () => {
    const dir = tempDir();
    const first = await viaCache(dir, files, gazetteer);
    expect(first.stats).toEqual({ hits: 0, misses: count });
    expect(entriesIn(dir)).toEqual([count]);
    const saved = readFileSync(onlySegment(dir));
    const second = await viaCache(dir, files, gazetteer);
    expect(second.stats).toEqual({ hits: count, misses: 0 });
    expect(readFileSync(onlySegment(dir)).equals(saved)).toBe(true); // nothing new: nothing written
    expect(first.json).toBe(cold);
    expect(second.json).toBe(cold);
  });

  it('recompiles only the edited file, appends its entry alone, and compacts once the unused entries pass a quarter', async () => {
    const dir = tempDir();
    await viaCache(dir, files, gazetteer);
    const [target] = sourcesOf(files);
    if (!target) throw new Error('the seed fixture has no sources');
    const text = `${new TextDecoder().decode(target.bytes)}\n\nA closing paragraph an editor added for this test, long enough to read as a sentence.\n`;
    const edited = files.map((f) => (f.path === target.path ? { ...f, bytes: enc.encode(text) } : f));
    const warm = await viaCache(dir, edited, gazetteer);
    expect(warm.stats).toEqual({ hits: count - 1, misses: 1 });
    expect(warm.json).toBe(JSON.stringify(compileArchive(edited, gazetteer)));
    // The seed has five sources: the edited file's old entry is one garbage entry of six, under a quarter, so it stays.
    expect(count).toBe(5);
    expect(entriesIn(dir)).toEqual([count, 1]);
    const fewer = files.filter((f) => f.path !== target.path);
    const shrunk = await viaCache(dir, fewer, gazetteer);
    expect(shrunk.stats).toEqual({ hits: count - 1, misses: 0 });
    // Four live of six held: two garbage entries are a third, so the four are compacted into one segment.
    expect(entriesIn(dir)).toEqual([count - 1]);
    expect([...readSegment(onlySegment(dir)).keys()].sort()).toEqual(sourcesOf(fewer).map((f) => compileKey({ file: f }, 'compiler-a')).sort());
  });

  it('misses every file when the compiler version changes', async () => {
    const dir = tempDir();
    await viaCache(dir, files, gazetteer, 'compiler-a');
    const other = await viaCache(dir, files, gazetteer, 'compiler-b');
    expect(other.stats).toEqual({ hits: 0, misses: count });
    expect(other.json).toBe(cold);
  });

  it('keeps per-file results across a gazetteer edit (tags are applied after), and the archive follows the new gazetteer', async () => {
    if (!gazetteer) throw new Error('the seed fixture has no gazetteer');
    const dir = tempDir();
    await viaCache(dir, files, gazetteer);
    // compileFile never reads the gazetteer: an edited one (or none) changes no per-file key, only the tags applied after.
    const edited = { ...gazetteer, bytes: enc.encode(`${new TextDecoder().decode(gazetteer.bytes)}\n# an editor's comment\n`) };
    const warm = await viaCache(dir, files, edited);
    expect(warm.stats).toEqual({ hits: count, misses: 0 });
    expect(warm.json).toBe(JSON.stringify(compileArchive(files, edited)));
    const none = await viaCache(dir, files, null);
    expect(none.stats.misses).toBe(0);
    expect(none.json).toBe(JSON.stringify(compileArchive(files, null)));
  });

  it('treats an entry of the wrong shape as a miss and rewrites it', async () => {
    const dir = tempDir();
    await viaCache(dir, files, gazetteer);
    const segment = onlySegment(dir);
    const saved: unknown = deserialize(readFileSync(segment));
    if (typeof saved !== 'object' || saved === null || !('value' in saved) || !(saved.value instanceof Map)) throw new Error('not a saved segment');
    const keys = [...saved.value.keys()].sort();
    const [a, b] = keys;
    if (a === undefined || b === undefined) throw new Error('expected two entries');
    saved.value.set(a, { drafts: [{ id: 1 }], errors: [] }); // wrong shape
    saved.value.set(b, 'not a compiled file');
    writeFileSync(segment, serialize(saved));
    const warm = await viaCache(dir, files, gazetteer);
    expect(warm.stats).toEqual({ hits: count - 2, misses: 2 });
    expect(warm.json).toBe(cold);
    expect((await viaCache(dir, files, gazetteer)).stats).toEqual({ hits: count, misses: 0 });
  });

  it('starts cold from a truncated or foreign segment, and a run that never saves leaves the last saved one as it was', async () => {
    const dir = tempDir();
    await viaCache(dir, files, gazetteer);
    const torn = onlySegment(dir);
    const whole = readFileSync(torn);
    writeFileSync(torn, whole.subarray(0, Math.floor(whole.length / 2)));
    expect((await viaCache(dir, files, gazetteer)).stats).toEqual({ hits: 0, misses: count });
    expect(segmentsIn(dir)).not.toContain(torn); // deleted by that run's save, its entries written afresh
    const foreign = onlySegment(dir);
    writeFileSync(foreign, serialize({ version: 'another layout', value: new Map() }));
    expect((await viaCache(dir, files, gazetteer)).stats).toEqual({ hits: 0, misses: count });
    // A run stopped before its save (the edited file is compiled, nothing written): the next run finds the old entries.
    const last = onlySegment(dir);
    const before = readFileSync(last);
    const [target] = sourcesOf(files);
    if (!target) throw new Error('the seed fixture has no sources');
    const edited = files.map((f) => (f.path === target.path ? { ...f, bytes: enc.encode(`${new TextDecoder().decode(target.bytes)}\nOne more closing line an editor wrote for this test.\n`) } : f));
    await compileInWorkers(edited, gazetteer, { workers: 1, cache: new DiskCompileCache(cacheDir(dir)), version: 'compiler-a' });
    expect(segmentsIn(dir)).toEqual([last]);
    expect(readFileSync(last).equals(before)).toBe(true);
    expect((await viaCache(dir, files, gazetteer)).stats).toEqual({ hits: count, misses: 0 });
  });

  it('gives the same JSON when the misses are compiled on two workers', async () => {
    const dir = tempDir();
    const cache = new DiskCompileCache(cacheDir(dir));
    const archive = await compileInWorkers(files, gazetteer, { workers: 2, minSources: 1, cache, version: 'v' });
    cache.save();
    expect(JSON.stringify(archive)).toBe(cold);
    expect((await viaCache(dir, files, gazetteer, 'v')).json).toBe(cold);
  });
});

describe('the disk compile cache and the site template', { timeout: 120_000 }, () => {
  // Eleven files of one made-up site; its "PARTNER CONTENT" label is the template only once three or more files hold it.
  const folder = path.join(FIXTURES, 'site-template', 'articles');
  const all: SourceFile[] = readdirSync(folder)
    .sort()
    .map((name) => ({ path: `content/articles/${name}`, bytes: new Uint8Array(readFileSync(path.join(folder, name))) }));

  it('recompiles the files whose lines the grown template now covers, and the result is a cold compile', async () => {
    const dir = tempDir();
    const two = all.slice(0, 2);
    const first = await viaCache(dir, two, null);
    expect(first.json).toBe(JSON.stringify(compileArchive(two, null)));
    // With all eleven files the site's menu and label lines become template: the first two files' keys change.
    const warm = await viaCache(dir, all, null);
    expect(warm.stats).toEqual({ hits: 0, misses: all.length });
    expect(warm.json).toBe(JSON.stringify(compileArchive(all, null)));
    // Unchanged again: every file is a hit, and the JSON is still the cold one.
    const again = await viaCache(dir, all, null);
    expect(again.stats).toEqual({ hits: all.length, misses: 0 });
    expect(again.json).toBe(JSON.stringify(compileArchive(all, null)));
    // A story of another site shares none of their lines: only it is compiled.
    const other = { path: 'content/articles/zz-other-site.txt', bytes: enc.encode('A ferry line adds a winter crossing\n\n2 December 2020\n\nThe ferry company said on Wednesday that it would run one crossing a day through the winter for the first time.\n') };
    const grown = await viaCache(dir, [...all, other], null);
    expect(grown.stats).toEqual({ hits: all.length, misses: 1 });
    expect(grown.json).toBe(JSON.stringify(compileArchive([...all, other], null)));
  });
});

describe('the disk compile cache and lines the template counts but a compile never asks about', { timeout: 120_000 }, () => {
  // Four stories of four unrelated subjects, each with a dateline "<day> December <year>": masked, the
  // four lines are one template key ("# December #") counted in four files. The segmenter reads a
  // dateline as a date before it asks the template, so no compile's result rests on that count.
  const story = (name: string, title: string, day: number, year: number, body: string): SourceFile => ({
    path: `content/articles/${name}.txt`,
    bytes: enc.encode(`${title}\n\n${day} December ${year}\n\n${body}\n`),
  });
  const four = [
    story('d1', 'A ferry line adds a winter crossing', 2, 2020, 'The ferry company said on Wednesday that it would run one crossing a day through the winter for the first time.'),
    story('d2', 'The city library opens on Sundays', 5, 2021, 'Readers will be able to borrow books on Sunday afternoons from January, the library board decided after a long debate.'),
    story('d3', 'A new bridge over the river is approved', 9, 2019, 'The regional council approved the plans for a footbridge that will link the two halves of the old town by next autumn.'),
    story('d4', 'Farmers report an early frost', 14, 2022, 'Several farms in the valley lost part of their late harvest when the temperature fell well below zero overnight.'),
  ];
  const fifth = story('d5', 'A choir wins the national contest', 20, 2018, 'The town choir took first place in the national contest on Saturday, its first win in more than thirty years of trying.');

  it('takes the four older stories from the cache when a fifth December story raises the count, and the archive is a cold compile', async () => {
    const dir = tempDir();
    const first = await viaCache(dir, four, null);
    expect(first.stats).toEqual({ hits: 0, misses: 4 });
    const grown = await viaCache(dir, [...four, fifth], null);
    expect(grown.stats).toEqual({ hits: 4, misses: 1 });
    expect(grown.json).toBe(JSON.stringify(compileArchive([...four, fifth], null)));
  });
});

describe('compilerVersion', () => {
  it('changes when a .ts file of the compiler changes, and not for other files', () => {
    const root = tempDir();
    writeFileSync(path.join(root, 'a.ts'), 'export const a = 1;\n');
    const before = compilerVersion(root);
    expect(compilerVersion(root)).toBe(before);
    writeFileSync(path.join(root, 'notes.md'), 'not code\n');
    expect(compilerVersion(root)).toBe(before);
    writeFileSync(path.join(root, 'a.ts'), 'export const a = 2;\n');
    expect(compilerVersion(root)).not.toBe(before);
  });
});
