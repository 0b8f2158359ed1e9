import { describe, expect, it } from 'vitest';
import { compileArchive, assembleArchive, sourcesOf } from '@/lib/content/archive';
import { readContentFolder } from '@/lib/content/content-folder';
import type { SourceFile } from '@/lib/content/source/read-folder';
import { compileKey, CompileCache, compileWithCache, compilerVersion } from '@/lib/content/store/compile-cache';
import { FIXTURES, SEED_CONTENT } from '../../support/fixtures';
import path from 'node:path';

const enc = new TextEncoder();
const file = (name: string, text: string): SourceFile => ({ path: `content/articles/${name}`, bytes: enc.encode(text) });

describe('compile keys', () => {
  const a = file('a.txt', 'A headline\n\nSome text.\n');
  const sidecar = file('a.meta.json', '{"notes": ["x"]}');
  const gazetteer = { path: 'content/entities.yaml', bytes: enc.encode('entities: []\n') };

  it('differ when the bytes, the name, the sidecar, the gazetteer or the compiler differ', () => {
    const base = compileKey({ file: a, sidecar, gazetteer }, 'v1');
    expect(compileKey({ file: a, sidecar, gazetteer }, 'v1')).toBe(base);
    expect(compileKey({ file: { ...a, bytes: enc.encode('A headline\n\nSome text!\n') }, sidecar, gazetteer }, 'v1')).not.toBe(base);
    expect(compileKey({ file: { ...a, path: 'content/articles/b.txt' }, sidecar, gazetteer }, 'v1')).not.toBe(base);
    expect(compileKey({ file: a, sidecar: { ...sidecar, bytes: enc.encode('{}') }, gazetteer }, 'v1')).not.toBe(base);
    expect(compileKey({ file: a, sidecar: null, gazetteer }, 'v1')).not.toBe(base);
    expect(compileKey({ file: a, sidecar, gazetteer: { ...gazetteer, bytes: enc.encode('entities: [] \n') } }, 'v1')).not.toBe(base);
    expect(compileKey({ file: a, sidecar, gazetteer }, 'v2')).not.toBe(base);
  });

  it('tell a symbolic link from an empty file of the same name', () => {
    expect(compileKey({ file: { ...a, bytes: new Uint8Array() } }, 'v1')).not.toBe(compileKey({ file: { ...a, bytes: new Uint8Array(), entry: 'symbolic link' } }, 'v1'));
  });
});

describe('compileWithCache', { timeout: 60_000 }, () => {
  const { files, gazetteer } = readContentFolder(SEED_CONTENT);

  it('gives the archive a cold compile gives, and recompiles nothing the second time', () => {
    const cache = new CompileCache();
    const first = assembleArchive(files, gazetteer, compileWithCache(sourcesOf(files), cache));
    expect(cache.stats).toEqual({ hits: 0, misses: sourcesOf(files).length });
    const second = assembleArchive(files, gazetteer, compileWithCache(sourcesOf(files), cache));
    expect(cache.stats).toEqual({ hits: sourcesOf(files).length, misses: sourcesOf(files).length });
    const cold = compileArchive(files, gazetteer);
    expect(first).toEqual(cold);
    expect(second).toEqual(cold);
  });

  it('recompiles only the edited file, and forgets the entries of files that are gone', () => {
    const cache = new CompileCache();
    compileWithCache(sourcesOf(files), cache);
    const [target] = sourcesOf(files);
    if (!target) throw new Error('the seed fixture has no sources');
    const text = `${new TextDecoder().decode(target.bytes)}\n\nA closing paragraph added by an editor for this test, long enough to be a sentence.\n`;
    const edited = files.map((f) => (f.path === target.path ? { ...f, bytes: enc.encode(text) } : f));
    const before = { ...cache.stats };
    const archive = assembleArchive(edited, gazetteer, compileWithCache(sourcesOf(edited), cache));
    expect(cache.stats.misses - before.misses).toBe(1);
    expect(cache.stats.hits - before.hits).toBe(sourcesOf(files).length - 1);
    expect(archive).toEqual(compileArchive(edited, gazetteer));
    expect(cache.size).toBe(sourcesOf(files).length);
    compileWithCache(sourcesOf(edited).slice(1), cache);
    expect(cache.size).toBe(sourcesOf(files).length - 1);
  });
});

describe('compileWithCache on sites that repeat a template', { timeout: 60_000 }, () => {
  // The fixture's sites repeat furniture lines across their files: the site template (segment/site-template.ts) removes them.
  const { files, gazetteer } = readContentFolder(path.join(FIXTURES, 'site-template'));

  it('gives the archive compileArchive gives (the dev server shows what the build publishes)', () => {
    const cache = new CompileCache();
    expect(assembleArchive(files, gazetteer, compileWithCache(sourcesOf(files), cache))).toEqual(compileArchive(files, gazetteer));
    expect(assembleArchive(files, gazetteer, compileWithCache(sourcesOf(files), cache))).toEqual(compileArchive(files, gazetteer));
    expect(cache.stats.hits).toBeGreaterThan(0);
  });
});
