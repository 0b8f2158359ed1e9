/**
 * Reads a content folder from disk: every entry of `<dir>/articles` and the gazetteer. The one
 * place the pipeline touches the file system for content (archive.ts re-exports these).
 *
 * Every entry is accounted for. A regular file is read; anything else (a symbolic link, a
 * directory, even one named `x.txt`, a FIFO, a socket, a device) is handed on with its kind and no
 * bytes, so the archive lists it as rejected with a reason instead of skipping it in silence.
 * Entries are examined with lstat and a symbolic link is never followed: it could point out of
 * content/ (to /etc/passwd, a home folder) or at a FIFO that blocks the read forever.
 */
import { lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import path from 'node:path';

/** What a non-regular entry of the articles folder is. */
export type EntryKind = 'symbolic link' | 'directory' | 'FIFO' | 'socket' | 'device' | 'special file';

/**
 * A file handed to the pipeline: its path relative to the project root, and its bytes. `entry` is
 * set, and `bytes` empty, when the path is not a regular file (it is rejected, never read).
 */
export type SourceFile = { path: string; bytes: Uint8Array; entry?: EntryKind };

/** The gazetteer file name inside a content folder. */
export const GAZETTEER_FILE = 'entities.yaml';

/** The kind of a non-regular entry, or null for a regular file. */
export function entryKind(stats: Stats): EntryKind | null {
  if (stats.isFile()) return null;
  if (stats.isSymbolicLink()) return 'symbolic link';
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'FIFO';
  if (stats.isSocket()) return 'socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'device';
  return 'special file';
}

/** Why a non-regular entry is not published: the message of its `read` error. */
export function notRegularReason(kind: EntryKind): string {
  const why = kind === 'symbolic link' ? 'links are not followed, so nothing outside content/ is ever read' : 'only regular files hold articles';
  return `a ${kind}, not a regular file (${why}), so it is not published`;
}

/** Reads one entry without following it: its bytes when it is a regular file, else its kind. */
export function readEntry(file: string): SourceFile {
  const kind = entryKind(lstatSync(file));
  return kind === null ? { path: file, bytes: readFileSync(file) } : { path: file, bytes: new Uint8Array(), entry: kind };
}

/** Reads every entry of `<dir>/articles` (not recursing, hidden dot-files left out), in name order. */
export function readContentFiles(dir: string): SourceFile[] {
  const articlesDir = path.join(dir, 'articles');
  return readdirSync(articlesDir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => readEntry(path.join(articlesDir, name)));
}

/** Reads `<dir>/entities.yaml` (a regular file; a link is not followed), or null when the folder has none. */
export function readGazetteerFile(dir: string): SourceFile | null {
  const file = path.join(dir, GAZETTEER_FILE);
  let kind: EntryKind | null;
  try {
    kind = entryKind(lstatSync(file));
  } catch {
    return null; // no gazetteer: nothing is tagged, and the archive says so in a notice
  }
  return kind === null ? { path: file, bytes: readFileSync(file) } : { path: file, bytes: new Uint8Array(), entry: kind };
}
