/**
 * The compiled archive, saved once per build for the build's other processes.
 *
 * `npm run build` (scripts/build.ts) first compiles the content folder (scripts/content-check.ts
 * --build), which writes this snapshot; `next build` then runs with ARCHIVE_SNAPSHOT=1, so the
 * page-data collector and every static-generation worker read the snapshot instead of compiling
 * the folder again each (at 10,000 stories a compile is ~24 s of CPU per process; see docs/scale.md).
 *
 * A snapshot is used only when its key matches: a hash of the name and bytes of every file in the
 * content folder and of the compiler's own source (./compiler-version.ts), so a file added or
 * edited since, or an edited compiler, falls back to compiling. The key is compared first, so a
 * stale snapshot costs no parse of its archive; a matching one is parsed with the archive schema
 * like any other input (the types of what the pages read come from that schema, not from trust in
 * the file). Outside a build (ARCHIVE_SNAPSHOT unset: `next dev`, scripts, tests) nothing is read,
 * so a snapshot can never serve code newer than it.
 *
 * JSON, not node:v8: at 10,000 stories deserialising the archive cost about as much CPU as reading
 * and parsing its JSON (1.45 s against 1.7 s), and JSON keeps the file readable and drops
 * `undefined` fields the same way the pages' own serialisation does.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import path from 'node:path';
import { z } from 'zod';
import { archive as archiveSchema, type Archive } from '../schema';
import { compilerSource } from './compiler-version';

/** Where the build keeps the snapshot: Next's own cache folder, already ignored by git. */
export const SNAPSHOT_FILE = path.join('.next', 'cache', 'archive-snapshot.json');

/** The files a snapshot stands for: path and bytes, as lib/content/archive reads them. */
type KeyedFile = { path: string; bytes: Uint8Array; entry?: string };

/** The envelope first (its key decides whether the archive is worth parsing), then the archive by its schema. */
const envelope = z.strictObject({ key: z.string(), archive: z.unknown() });

/** A hash of every file's path, kind (a link or directory has no bytes) and bytes, in path order: equal keys mean the same content folder. */
export function contentKey(files: readonly KeyedFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(`${file.path}\0${file.entry ?? 'file'}\0${file.bytes.byteLength}\0`);
    hash.update(file.bytes);
  }
  return hash.digest('hex');
}

/** The snapshot's key: the content folder's files and the compiler's source (`compiler`: compilerSource(), or a stand-in in tests). */
const snapshotKey = (files: readonly KeyedFile[], compiler: KeyedFile) => contentKey([...files, compiler]);

/** Whether this process should read the build's snapshot (`next build` under `npm run build`). */
export function snapshotWanted(): boolean {
  return process.env.ARCHIVE_SNAPSHOT === '1';
}

/**
 * Writes the snapshot for `files` atomically (a concurrent reader sees the old file or the new one,
 * never half). Without fsync, as the other build caches (disk-cache.ts, v8-file.ts): the snapshot
 * is ~92 MB at 10,000 stories and flushing it cost seconds of every build; a file a power cut tears
 * is not JSON, so readArchiveSnapshot returns null and the build compiles the folder instead.
 * When the file already holds the snapshot of exactly these files and this compiler (its key, written
 * first, matches) nothing is written: a rebuild of an unchanged folder rewrites no 90 MB. Returns
 * whether it wrote.
 */
export function writeArchiveSnapshot(archive: Archive, files: readonly KeyedFile[], file: string = SNAPSHOT_FILE, compiler: KeyedFile = compilerSource()): boolean {
  const key = snapshotKey(files, compiler);
  if (snapshotHead(file) === head(key)) return false; // made from these very files by this compiler: left untouched
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic.sync(file, JSON.stringify({ key, archive }), { fsync: false });
  return true;
}

/** How a snapshot under `key` begins: JSON.stringify writes the envelope's key first. */
const head = (key: string) => `{"key":${JSON.stringify(key)},`;

/** The first bytes of `file` (as many as a head holds), or null when there is no file. */
function snapshotHead(file: string): string | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const buffer = Buffer.alloc(head('0'.repeat(64)).length);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The snapshot's archive when it was made from exactly `files` by this compiler; null when it is missing, unreadable or stale. */
export function readArchiveSnapshot(files: readonly KeyedFile[], file: string = SNAPSHOT_FILE, compiler: KeyedFile = compilerSource()): Archive | null {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null; // no snapshot, or not JSON: compile instead
  }
  const parsed = envelope.safeParse(json);
  if (!parsed.success || parsed.data.key !== snapshotKey(files, compiler)) return null;
  const archive = archiveSchema.safeParse(parsed.data.archive);
  return archive.success ? archive.data : null;
}
