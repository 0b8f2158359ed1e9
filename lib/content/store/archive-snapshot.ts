/**
 * The compiled archive, saved once per build for the build's other processes.
 *
 * `npm run build` (scripts/build.ts) first compiles the content folder (scripts/content-check.ts
 * --build), which writes this snapshot; `next build` then runs with ARCHIVE_SNAPSHOT=1, so the
 * page-data collector and every static-generation worker read the snapshot instead of compiling
 * the folder again each (at 10,000 stories a compile is ~24 s of CPU per process; see docs/scale.md).
 *
 * A snapshot is trusted only as far as it can be checked: it carries a key made from the name and
 * bytes of every file in the content folder, and it is used only when that key matches the folder
 * as it is now, so a file added or edited since falls back to compiling. Its contents are parsed
 * with the archive schema like any other input. Outside a build (ARCHIVE_SNAPSHOT unset: `next
 * dev`, scripts, tests) nothing is read, so a snapshot can never serve code newer than it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import path from 'node:path';
import { z } from 'zod';
import { archive as archiveSchema, type Archive } from '../schema';

/** Where the build keeps the snapshot: Next's own cache folder, already ignored by git. */
export const SNAPSHOT_FILE = path.join('.next', 'cache', 'archive-snapshot.json');

/** The files a snapshot stands for: path and bytes, as lib/content/archive reads them. */
type KeyedFile = { path: string; bytes: Uint8Array; entry?: string };

const snapshotSchema = z.strictObject({ key: z.string(), archive: archiveSchema });

/** A hash of every file's path, kind (a link or directory has no bytes) and bytes, in path order: equal keys mean the same content folder. */
export function contentKey(files: readonly KeyedFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(`${file.path}\0${file.entry ?? 'file'}\0${file.bytes.byteLength}\0`);
    hash.update(file.bytes);
  }
  return hash.digest('hex');
}

/** Whether this process should read the build's snapshot (`next build` under `npm run build`). */
export function snapshotWanted(): boolean {
  return process.env.ARCHIVE_SNAPSHOT === '1';
}

/**
 * Writes the snapshot for `files` atomically (a concurrent reader sees the old file or the new one,
 * never half). Without fsync, as the other build caches (disk-cache.ts, v8-file.ts): the snapshot
 * is ~92 MB at 10,000 stories and flushing it cost seconds of every build; a file a power cut tears
 * is not JSON, so readArchiveSnapshot returns null and the build compiles the folder instead.
 */
export function writeArchiveSnapshot(archive: Archive, files: readonly KeyedFile[], file: string = SNAPSHOT_FILE): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic.sync(file, JSON.stringify({ key: contentKey(files), archive }), { fsync: false });
}

/** The snapshot's archive when it was made from exactly `files`; null when it is missing, unreadable or stale. */
export function readArchiveSnapshot(files: readonly KeyedFile[], file: string = SNAPSHOT_FILE): Archive | null {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null; // no snapshot, or not JSON: compile instead
  }
  const parsed = snapshotSchema.safeParse(json);
  if (!parsed.success || parsed.data.key !== contentKey(files)) return null;
  return parsed.data.archive;
}
