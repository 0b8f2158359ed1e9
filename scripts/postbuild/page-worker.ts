/** Task module for the page pass: each chunk is a batch of pages to rewrite in place (page-pass.ts). */
import { passPageFiles, type PageChunk } from './page-pass';

export default (chunk: PageChunk) => passPageFiles(chunk.root, chunk.files, chunk.enhanceSrc);
