/**
 * Where the content is and how strictly it is read: the content folder's name, the files it holds and
 * whether content errors stop the build. Light on purpose: the content door (./index.ts) needs these
 * before it knows whether its process compiles at all, so nothing here imports the compiler.
 */
import { readContentFiles, readGazetteerFile, type SourceFile } from './source/read-folder';

/** The content folder: `CONTENT_DIR` or `content`. */
export function contentDir(): string {
  return process.env.CONTENT_DIR ?? 'content';
}

/** Whether content errors stop the build (the default) or are only reported (`CONTENT_STRICT=0`). */
export function isStrict(): boolean {
  return process.env.CONTENT_STRICT !== '0';
}

/** Every file of a content folder the archive is compiled from: its articles and sidecars, and the gazetteer. */
export function readContentFolder(dir: string): { files: SourceFile[]; gazetteer: SourceFile | null } {
  return { files: readContentFiles(dir), gazetteer: readGazetteerFile(dir) };
}
