/**
 * Compiles a content folder's sources on every core: compileFile (lib/content/archive.ts) runs
 * over chunks of files in worker threads (scripts/worker-pool.ts), and the rest of the pipeline
 * (sidecars, slugs, republications, tagging, events) runs once here on the results, in file order,
 * so the archive is the one compileArchive would give. Used by the content check that starts
 * every build; small folders are compiled in this thread, where starting workers would cost more.
 */
import { availableParallelism } from 'node:os';
import { assembleArchive, compileArchive, type CompiledFile, type SourceFile, siteTemplateOf, sourcesOf } from '../lib/content/archive';
import type { CompileChunk } from './compile-worker';
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
  // The site template is counted once over every source here, as compileArchive does, and handed to each chunk.
  const template = [...siteTemplateOf(sources)];
  const chunks = chunksFor(sources, workers, 64).map((files): CompileChunk => ({ files, template }));
  const compiled = await runInWorkers<CompileChunk, CompiledFile[]>(COMPILE_WORKER, chunks, workers);
  return assembleArchive(files, gazetteer, compiled.flat());
}
