/** Worker entry for compile-in-workers.ts: each chunk is a batch of source files to compile. */
import { compileFile, type SourceFile } from '../lib/content/archive';
import { serveChunks } from './worker-pool';

serveChunks((files: SourceFile[]) => files.map(compileFile));
