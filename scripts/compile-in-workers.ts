/**
 * Compiles a content folder's sources on every core: compileFile (lib/content/archive.ts) runs
 * over chunks of files in worker threads (scripts/worker-pool.ts), and the rest of the pipeline
 * (sidecars, slugs, republications, tagging, events) runs once here on the results, in file order,
 * so the archive is the one compileArchive would give. Used by the content check that starts
 * every build; small folders are compiled in this thread, where starting workers would cost more.
 */
import { availableParallelism } from 'node:os';
import { assembleArchive, compileArchive, type CompiledFile, type SourceFile, sourcesOf } from '../lib/content/archive';
import type { Archive } from '../lib/content/schema';
import { chunksFor, runInWorkers } from './worker-pool';

const COMPILE_WORKER = new URL('./compile-worker.ts', import.meta.url);

export async function compileInWorkers(
  files: SourceFile[],
  gazetteer: SourceFile | null,
  { workers = availableParallelism(), minSources = 300 }: { workers?: number; minSources?: number } = {},
): Promise<Archive> {
  const sources = sourcesOf(files);
  if (workers < 2 || sources.length < minSources) return compileArchive(files, gazetteer);
  const compiled = await runInWorkers<SourceFile[], CompiledFile[]>(COMPILE_WORKER, chunksFor(sources, workers, 64), workers);
  return assembleArchive(files, gazetteer, compiled.flat());
}
