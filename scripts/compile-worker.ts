/** Task module for compile-in-workers.ts: each chunk is a batch of source files to compile. */
import { compileFile, type SourceFile } from '../lib/content/archive';

export default (files: SourceFile[]) => files.map(compileFile);
