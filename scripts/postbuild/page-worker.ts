/** Worker entry for the page pass: each chunk is a batch of pages to rewrite in place (page-pass.ts). */
import { passPageFiles, type PageChunk } from './page-pass';
import { serveChunks } from '../worker-pool';

serveChunks((chunk: PageChunk) => passPageFiles(chunk.root, chunk.files, chunk.enhanceSrc));
