/** Task module for compile-in-workers.ts: each chunk is a batch of source files to compile, with the archive's site template. */
import type { SourceFile } from '../lib/content/source/read-folder';
import { compileTracked, TemplateRecorder, type TrackedCompile } from '../lib/content/store/template-deps';

/** A chunk: its files and the site template's entries (a Map does not cross to a worker as one). */
export type CompileChunk = { files: SourceFile[]; template: [string, number][] };

export default (chunk: CompileChunk): TrackedCompile[] => {
  const template = new TemplateRecorder(chunk.template);
  return chunk.files.map((f) => compileTracked(f, template));
};
