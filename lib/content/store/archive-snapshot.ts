/**
 * The compiled archive, saved once per build for the build's other processes.
 *
 * `npm run build` (scripts/build.ts) first compiles the content folder (scripts/content-check.ts
 * --build), which writes this snapshot; `next build` then runs with ARCHIVE_SNAPSHOT=1, so the
 * page-data collector and every static-generation worker read the snapshot instead of compiling
 * the folder again each (at 10,000 stories a compile is ~24 s of CPU per process; see docs/scale.md).
 * The build plan reads the archive the content check compiled, in that process (scripts/incremental/save-plan.ts);
 * run alone (scripts/incremental/plan-build.ts) it reads the snapshot the same way.
 *
 * A snapshot is used only when its key matches: a hash of the name and bytes of every file in the
 * content folder and of the compiler's own source (./compiler-version.ts), so a file added or
 * edited since, or an edited compiler, falls back to compiling. Outside a build (ARCHIVE_SNAPSHOT
 * unset: `next dev`, scripts, tests) nothing is read, so a snapshot can never serve code newer than it.
 *
 * The file is a short text header (a format tag, the key, the payload's length) and then the archive
 * in V8's serialisation format (node:v8). Why not JSON, as before: at 10,000 stories the JSON was a
 * 92 MB string built by the content check and read back as a 92 MB string by the plan and by each of
 * Next's processes, and those strings and the objects parsed from them were most of the garbage
 * collection in each (docs/scale.md, stop 27); V8's format is read from a Buffer, outside the heap.
 * It also gives back the archive exactly as compiled (JSON would drop a field set to `undefined`),
 * which is what a build without the snapshot renders from.
 *
 * Reading checks the header before anything else: a stale key costs one small read, and a payload
 * whose length is not the one written (a torn or truncated file) is not deserialised at all. A
 * payload that passes is still parsed with the archive schema like any other input (the types of
 * what the pages read come from that schema, not from trust in the file): one that fails, or does
 * not deserialise, is null, and the build compiles the folder instead.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { archive as archiveSchema, type Archive } from '../schema';
import { compilerSource } from './compiler-version';

/** Where the build keeps the snapshot: Next's own cache folder, already ignored by git. */
export const SNAPSHOT_FILE = path.join('.next', 'cache', 'archive-snapshot.v8');

/** The JSON snapshot earlier builds kept: removed when a new snapshot is written there. */
const LEGACY_FILE = path.join('.next', 'cache', 'archive-snapshot.json');

/** The files a snapshot stands for: path and bytes, as lib/content/archive reads them. */
type KeyedFile = { path: string; bytes: Uint8Array; entry?: string };

/** The header's first line: the format (change it when the layout changes). */
const FORMAT = 'archive-snapshot v8 1\n';
/** The header: FORMAT, the key (64 hex digits), the payload's length in bytes (16 digits), each line ended by \n. */
const HEADER_BYTES = FORMAT.length + 65 + 17;
const header = (key: string, length: number) => `${FORMAT}${key}\n${String(length).padStart(16, '0')}\n`;

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
 * Writes the snapshot for `files` atomically (a temporary file, then a rename: a concurrent reader
 * sees the old file or the new one, never half). Without fsync, as the other build caches (disk-cache.ts, v8-file.ts): the snapshot
 * is ~80 MB at 10,000 stories and flushing it cost seconds of every build; a file a power cut tears
 * has not the length its header gives, so readArchiveSnapshot returns null and the build compiles
 * the folder instead. When the file already holds the snapshot of exactly these files and this
 * compiler (its header names the key) nothing is written: a rebuild of an unchanged folder rewrites
 * nothing. Returns whether it wrote.
 */
export function writeArchiveSnapshot(archive: Archive, files: readonly KeyedFile[], file: string = SNAPSHOT_FILE, compiler: KeyedFile = compilerSource()): boolean {
  const key = snapshotKey(files, compiler);
  const found = readHeader(file);
  if (found !== null && found.key === key && whole(found)) return false; // made from these very files by this compiler: left untouched
  const payload = serialize(archive);
  writeAtomically(file, [Buffer.from(header(key, payload.byteLength), 'latin1'), payload]);
  if (file === SNAPSHOT_FILE) rmSync(LEGACY_FILE, { force: true });
  return true;
}

/**
 * Writes `parts` one after the other to a temporary file beside `file`, then renames it over `file`
 * (write-file-atomic's way, by hand: it takes one buffer, and joining the header to a 90 MB payload
 * would copy the payload once more). A write that fails leaves no temporary file behind.
 */
function writeAtomically(file: string, parts: readonly Uint8Array[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    const fd = openSync(temporary, 'w');
    try {
      for (const part of parts) for (let at = 0; at < part.byteLength; ) at += writeSync(fd, part, at, part.byteLength - at);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

type Header = { key: string; length: number; fileSize: number };

/** Whether the file holds exactly the payload its header gives: not torn, truncated or grown. */
const whole = (found: Header) => found.fileSize === HEADER_BYTES + found.length;

/** The header of `file` (its key and payload length, and the file's size), or null when there is no file or no header of this format. */
function readHeader(file: string): Header | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const read = readSync(fd, buffer, 0, HEADER_BYTES, 0);
    const match = /^([0-9a-f]{64})\n(\d{16})\n$/.exec(buffer.subarray(0, read).toString('latin1').slice(FORMAT.length));
    if (!buffer.subarray(0, FORMAT.length).equals(Buffer.from(FORMAT, 'latin1')) || !match) return null;
    return { key: match[1]!, length: Number(match[2]), fileSize: fstatSync(fd).size };
  } finally {
    closeSync(fd);
  }
}

/** The payload of `file` after its header: `length` bytes, read in one piece. */
function readPayload(file: string, length: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(length);
    let at = 0;
    while (at < length) {
      const read = readSync(fd, buffer, at, length - at, HEADER_BYTES + at);
      if (read === 0) break;
      at += read;
    }
    if (at !== length) throw new Error(`archive snapshot ${file}: ${at} of ${length} bytes`);
    return buffer;
  } finally {
    closeSync(fd);
  }
}

/** The snapshot's archive when it was made from exactly `files` by this compiler; null when it is missing, torn, unreadable or stale. */
export function readArchiveSnapshot(files: readonly KeyedFile[], file: string = SNAPSHOT_FILE, compiler: KeyedFile = compilerSource()): Archive | null {
  const found = readHeader(file);
  // Stale, or not the length written (torn, truncated or appended to): never deserialised.
  if (found === null || found.key !== snapshotKey(files, compiler) || !whole(found)) return null;
  let value: unknown;
  try {
    value = deserialize(readPayload(file, found.length));
  } catch {
    return null; // changed between the header and the payload, or not a V8 serialisation: compile instead
  }
  const archive = archiveSchema.safeParse(value);
  return archive.success ? archive.data : null;
}
