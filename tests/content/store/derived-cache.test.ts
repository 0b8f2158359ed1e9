import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileArchive } from '@/lib/content/archive';
import { readContentFolder } from '@/lib/content/content-folder';
import type { SourceFile } from '@/lib/content/source/read-folder';
import { DiskDerivedStore } from '@/lib/content/store/derived-cache';
import { DiskRepublicationMemo } from '@/lib/content/store/republication-cache';
import { compileInWorkers } from '@/scripts/compile-in-workers';
import { SEED_CONTENT } from '../../support/fixtures';

const enc = new TextEncoder();
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'derived-cache-'));
  dirs.push(dir);
  return dir;
};

/** One content check's compile with both stores read from and saved to `dir`; the archive as JSON and what the stores did. */
async function viaStores(dir: string, files: SourceFile[], gazetteer: SourceFile | null, version = 'compiler-a') {
  const derived = new DiskDerivedStore(version, path.join(dir, 'derived'));
  const republications = new DiskRepublicationMemo(version, path.join(dir, 'republications'));
  const archive = await compileInWorkers(files, gazetteer, { workers: 1, version, memo: { derived, republications } });
  derived.save();
  republications.save();
  return { json: JSON.stringify(archive), tags: { ...derived.stats }, pairs: { ...republications.stats }, archive };
}

// The seeds plus a story and its republished copy, so detection has a pair to find.
const story = readFileSync('tests/fixtures/republications/border-drills.txt', 'utf8').trim();
const page = (headline: string, date: string, body: string) => `${headline}\n\n${date}\n\n${body.split('\n').join('\n\n')}\n`;
const seeds = readContentFolder(SEED_CONTENT);
const files: SourceFile[] = [
  ...seeds.files,
  { path: 'tests/fixtures/seed-content/articles/r1-first.txt', bytes: enc.encode(page('Joint drills begin near the border', '12 March 2021', story)) },
  { path: 'tests/fixtures/seed-content/articles/r2-copy.txt', bytes: enc.encode(page('Neighbours worried as troops gather', '14 March 2021', `A partner site carries this report in full.\n${story}`)) },
];
const { gazetteer } = seeds;
const other: SourceFile = {
  path: 'tests/fixtures/seed-content/articles/zz-other-site.txt',
  bytes: enc.encode('A ferry line adds a winter crossing\n\n2 December 2020\n\nThe ferry company said on Wednesday that it would run one crossing a day through the winter for the first time.\n'),
};

describe('per-article tags and events, and republication work, kept on disk', { timeout: 180_000 }, () => {
  const cold = compileArchive(files, gazetteer);
  const coldJson = JSON.stringify(cold);
  const stories = cold.articles.length;

  it('gives a cold compile exactly, cold and then warm, and tags nothing again when nothing changed', async () => {
    expect(cold.republications.length).toBeGreaterThan(0);
    expect(cold.events.length).toBeGreaterThan(0);
    const dir = tempDir();
    const first = await viaStores(dir, files, gazetteer);
    expect(first.json).toBe(coldJson);
    expect(first.tags).toEqual({ hits: 0, misses: stories });
    expect(first.pairs.textsRead).toBe(0);
    const second = await viaStores(dir, files, gazetteer);
    expect(second.json).toBe(coldJson);
    expect(second.tags).toEqual({ hits: stories, misses: 0 });
    expect(second.pairs).toMatchObject({ textsMade: 0, pairsMade: 0 });
    expect(second.pairs.pairsRead).toBeGreaterThan(0);
  });

  it('tags only an added story, and the archive is the grown folder compiled cold', async () => {
    const dir = tempDir();
    await viaStores(dir, files, gazetteer);
    const grown = await viaStores(dir, [...files, other], gazetteer);
    expect(grown.tags).toEqual({ hits: stories, misses: 1 });
    expect(grown.pairs.textsMade).toBe(1);
    expect(grown.json).toBe(JSON.stringify(compileArchive([...files, other], gazetteer)));
    // Removed again: nothing to tag, and the cold archive of the smaller folder.
    const shrunk = await viaStores(dir, files, gazetteer);
    expect(shrunk.tags).toEqual({ hits: stories, misses: 0 });
    expect(shrunk.json).toBe(coldJson);
  });

  it('retags a story whose body an editor changed, keeping its id, title and date', async () => {
    const dir = tempDir();
    await viaStores(dir, files, gazetteer);
    const target = files.find((f) => f.path.endsWith('r1-first.txt'));
    if (!target) throw new Error('no r1-first.txt');
    const text = `${new TextDecoder().decode(target.bytes)}\nA closing paragraph an editor added for this test, long enough to read as a sentence.\n`;
    const edited = files.map((f) => (f === target ? { ...f, bytes: enc.encode(text) } : f));
    const warm = await viaStores(dir, edited, gazetteer);
    expect(warm.tags).toEqual({ hits: stories - 1, misses: 1 });
    expect(warm.json).toBe(JSON.stringify(compileArchive(edited, gazetteer)));
  });

  it('retags every story when the gazetteer or the compiler changes', async () => {
    if (!gazetteer) throw new Error('the seed fixture has no gazetteer');
    const dir = tempDir();
    await viaStores(dir, files, gazetteer);
    const edited = { ...gazetteer, bytes: enc.encode(`${new TextDecoder().decode(gazetteer.bytes)}\n# an editor's comment\n`) };
    const retagged = await viaStores(dir, files, edited);
    expect(retagged.tags).toEqual({ hits: 0, misses: stories });
    expect(retagged.json).toBe(JSON.stringify(compileArchive(files, edited)));
    const recompiled = await viaStores(dir, files, edited, 'compiler-b');
    expect(recompiled.tags).toEqual({ hits: 0, misses: stories });
    expect(recompiled.pairs.textsRead).toBe(0);
    expect(recompiled.json).toBe(JSON.stringify(compileArchive(files, edited)));
  });

  it('starts empty from a corrupt or truncated segment and still gives the cold archive', async () => {
    const dir = tempDir();
    await viaStores(dir, files, gazetteer);
    /** The one segment in `folder` (a first run writes one). */
    const only = (folder: string) => {
      const names = readdirSync(path.join(dir, folder));
      expect(names).toHaveLength(1);
      return path.join(dir, folder, names[0] ?? '');
    };
    writeFileSync(only('derived'), 'not a V8 serialisation');
    const texts = only(path.join('republications', 'texts'));
    writeFileSync(texts, readFileSync(texts).subarray(0, 40)); // truncated
    const again = await viaStores(dir, files, gazetteer);
    expect(again.tags).toEqual({ hits: 0, misses: stories });
    expect(again.pairs.textsRead).toBe(0);
    expect(again.json).toBe(coldJson);
  });

  it('gives stories the tags their own text has: a hit is never another story\'s result', async () => {
    const dir = tempDir();
    await viaStores(dir, files, gazetteer);
    const warm = await viaStores(dir, files, gazetteer);
    for (const a of warm.archive.articles) {
      const coldOne = cold.articles.find((c) => c.sourceFile === a.sourceFile && c.id === a.id);
      expect(a.mentions).toEqual(coldOne?.mentions);
      expect(a.entities).toEqual(coldOne?.entities);
    }
  });
});
