/**
 * Compiles a content folder's sources on every core: compileFile (lib/content/archive.ts) runs
 * over chunks of files in worker threads (scripts/worker-pool.ts), and the rest of the pipeline
 * (sidecars, slugs, republications, tagging, events) runs once here on the results, in file order,
 * so the archive is the one compileArchive would give. Used by the content check that starts
 * every build; a few files are compiled in this thread, where starting workers would cost more.
 *
 * With a disk cache (lib/content/store/disk-cache.ts), a file whose key (its path and bytes, the
 * compiler's version) has an entry, made while the site template gave the answers it gives now
 * (lib/content/store/template-deps.ts), is read from there in this thread, and only the others are compiled; the cache then keeps the new results and drops the
 * entries this run did not use.
 */
import { availableParallelism } from 'node:os';
import { assembleArchive, type AssemblyMemo, siteTemplateOf, sourcesOf } from '../lib/content/archive';
import type { SourceFile } from '../lib/content/source/read-folder';
import { type CompileStore, compilerVersion, fillFromCompiled, lookUpCompiled } from '../lib/content/store/compile-cache';
import { compileTracked, TemplateRecorder, type TrackedCompile } from '../lib/content/store/template-deps';
import type { CompileChunk } from './compile-worker';
import type { Archive } from '../lib/content/schema';
import { chunksFor, runInWorkers } from './worker-pool';

const COMPILE_WORKER = new URL('./compile-worker.ts', import.meta.url);

/**
 * How to compile: `workers` threads once at least `minSources` files need compiling, an optional
 * cache (the build's is on disk, lib/content/store/disk-cache.ts), and the compiler version its
 * keys use (compilerVersion(), the hash of lib/content's source).
 */
export type CompileOptions = { workers?: number; minSources?: number; cache?: CompileStore | null; version?: string; memo?: AssemblyMemo };

/** The archive compileArchive(files, gazetteer) gives (`memo`: what assembleArchive may reuse from earlier runs), with the per-file compiles from `cache` where it has them and on `workers` threads otherwise. */
export async function compileInWorkers(
  files: SourceFile[],
  gazetteer: SourceFile | null,
  { workers = availableParallelism(), minSources = 300, cache = null, version, memo }: CompileOptions = {},
): Promise<Archive> {
  const sources = sourcesOf(files);
  // The site template is counted once over every source here, as compileArchive does, and handed to each chunk.
  const template = siteTemplateOf(sources);
  const lookup = cache ? lookUpCompiled(sources, template, cache, version ?? compilerVersion()) : null;
  const missing = sources.flatMap((_, i) => (lookup === null || lookup.compiled[i] === null ? [i] : []));

  let made: TrackedCompile[];
  if (workers < 2 || missing.length < minSources) {
    const recorder = new TemplateRecorder(template);
    made = missing.map((i) => compileTracked(sources[i]!, recorder));
  } else {
    const entries = [...template];
    const chunks = chunksFor(missing, workers, 64).map((part): CompileChunk => ({ files: part.map((i) => sources[i]!), template: entries }));
    made = (await runInWorkers<CompileChunk, TrackedCompile[]>(COMPILE_WORKER, chunks, workers)).flat();
  }
  const compiled = cache && lookup ? fillFromCompiled(lookup, made, cache) : made.map((m) => m.compiled);
  return assembleArchive(files, gazetteer, compiled, memo);
}
