/**
 * A per-file compile cache: what compiling one source file gave, kept under a key made from
 * everything that result depends on, so an archive rebuilt after one file changed recompiles
 * that file alone and takes every other file's result from here.
 *
 * The key hashes the compiler's version, the file's path (its id comes from its name) and bytes,
 * the part of the archive's site template the file's lines meet (./template-deps.ts), and, when
 * the cached value depends on them, its sidecar's bytes and the gazetteer's. `compileFile` reads
 * the file alone (sidecars and tags are applied later, archive-wide), so its entries are keyed by
 * the file; a cached value that is tagged or has its sidecar applied passes those too, and then a
 * changed gazetteer or sidecar is a different key. The compiler's version is a hash of its source
 * (compilerVersion), never a constant to bump by hand: an edited compiler never reads old entries.
 *
 * Used by the dev server's archive (./live-archive.ts, in memory) and by the build's content check
 * (./disk-cache.ts keeps the entries on disk between runs).
 */
import { createHash } from 'node:crypto';
import { type CompiledFile, siteTemplateOf } from '../archive';
import type { SourceFile } from '../source/read-folder';
import type { SiteTemplate } from '../segment/site-template';
import { compilerVersion } from './compiler-version';
import { type KeyedStore, MemoryStore } from './keyed-store';
import { compileTracked, stillAnswers, type TemplateAnswers, TemplateRecorder, type TrackedCompile } from './template-deps';

export { compilerSource, compilerVersion, versionOf } from './compiler-version';

/**
 * The inputs one cached result was made from: the source file and, when the result depends on
 * them, a text it depends on (`template`), its sidecar and the gazetteer. The site template's
 * answers a compile rests on are kept beside the result instead (CachedCompile): they are known
 * only once the file is compiled.
 */
export type CompileInputs = { file: SourceFile; template?: string; sidecar?: SourceFile | null; gazetteer?: SourceFile | null };

/** A hash of `bytes`, hex: the gazetteer's, say, computed once and passed to many keys. */
export function bytesHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The cache key for a result made from `inputs` by compiler `version` (a missing sidecar or gazetteer is part of the key too). */
export function compileKey({ file, template, sidecar, gazetteer }: CompileInputs, version: string): string {
  const hash = createHash('sha256');
  const part = (label: string, f: SourceFile | null | undefined) => {
    if (f === undefined) return; // not an input of this result
    hash.update(`${label}\0${f === null ? 'none' : `${f.path}\0${f.entry ?? 'file'}\0${f.bytes.byteLength}`}\0`);
    if (f !== null) hash.update(f.bytes);
  };
  hash.update(`${version}\0`);
  part('file', file);
  if (template !== undefined) hash.update(`template\0${template.length}\0${template}\0`);
  part('sidecar', sidecar);
  part('gazetteer', gazetteer);
  return hash.digest('hex');
}

/** A compile result kept in a cache, with the site template's answers it rests on (./template-deps.ts). */
export type CachedCompile = { compiled: CompiledFile; answers: TemplateAnswers };

/** Where compile results are kept by key: in memory (CompileCache, the dev server) or on disk (./disk-cache.ts, the build). */
export type CompileStore = KeyedStore<CachedCompile>;

/** Compile results in memory, by key, with a count of hits and misses. */
export class CompileCache extends MemoryStore<CachedCompile> {}

/** Each source's compile key and what `cache` holds under it that the template still answers alike (null: to be compiled). */
export type CacheLookup = { keys: string[]; compiled: (CompiledFile | null)[] };

/**
 * Looks every source up in `cache` under its key (its path and bytes and the compiler `version`),
 * and keeps what it finds only while the archive's site `template` still gives every answer that
 * compile asked for (stillAnswers); an entry found but no longer answered alike counts as a miss.
 */
export function lookUpCompiled(sources: readonly SourceFile[], template: SiteTemplate, cache: CompileStore, version: string): CacheLookup {
  const keys = sources.map((file) => compileKey({ file }, version));
  const compiled = keys.map((key) => {
    const found = cache.get(key);
    if (found === null) return null;
    if (stillAnswers(template, found.answers)) return found.compiled;
    cache.stats.hits -= 1; // get counted it as a hit; it is recompiled
    cache.stats.misses += 1;
    return null;
  });
  return { keys, compiled };
}

/**
 * Fills the lookup's gaps with `made` (compileTracked's results for its null entries, in order),
 * keeps them in `cache` with their template answers and drops the entries this run did not use.
 */
export function fillFromCompiled({ keys, compiled }: CacheLookup, made: readonly TrackedCompile[], cache: CompileStore): CompiledFile[] {
  let next = 0;
  const all = compiled.map((found, i) => {
    if (found !== null) return found;
    const tracked = made[next++];
    if (tracked === undefined) throw new Error(`fillFromCompiled: no result for source ${i}`);
    cache.set(keys[i]!, { compiled: tracked.compiled, answers: tracked.answers });
    return tracked.compiled;
  });
  if (next !== made.length) throw new Error(`fillFromCompiled: ${made.length} results for ${next} files to compile`);
  cache.retainOnly(new Set(keys));
  return all;
}

/**
 * compileFile for every source in `sources` (sourcesOf order) against their site template, as
 * compileArchive does, from `cache` where the file is unchanged and the template answers its
 * compile's questions alike; entries of files no longer present are dropped.
 */
export function compileWithCache(sources: readonly SourceFile[], cache: CompileStore, version: string = compilerVersion()): CompiledFile[] {
  const template = siteTemplateOf(sources);
  const lookup = lookUpCompiled(sources, template, cache, version);
  const recorder = new TemplateRecorder(template);
  const made = sources.flatMap((file, i) => (lookup.compiled[i] === null ? [compileTracked(file, recorder)] : []));
  return fillFromCompiled(lookup, made, cache);
}
