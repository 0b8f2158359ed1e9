/**
 * A value kept in one file in V8's serialisation format (node:v8): Maps, typed arrays and plain
 * objects come back as they went in, key order included, and reading 30 MB of it costs tens of
 * milliseconds where 10,000 JSON files cost seconds. Each segment of the build's caches is one
 * such file (./segment-log.ts: compile results, per-article tags and events, republication work).
 *
 * A file is trusted only when it deserialises, was written by the same compiler version (it is
 * stored inside) and its value passes the zod schema the reader gives: a corrupt, truncated,
 * foreign or stale file reads as empty, never as a crash. Writes are atomic (write-file-atomic),
 * without fsync: a file a power cut tears fails to deserialise and is a cold start.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';

const envelope = z.strictObject({ version: z.string(), value: z.unknown() });

/**
 * The value saved in `file` by writeV8File under `version`, when `isValid` accepts it (a zod
 * schema's check: the value returned is the deserialised one itself, not the schema's copy, so
 * its key order is the one written); null otherwise.
 */
export function readV8File<T>(file: string, version: string, isValid: (value: unknown) => value is T): T | null {
  let read: unknown;
  try {
    read = deserialize(readFileSync(file));
  } catch {
    return null; // missing, or not a V8 serialisation: start empty
  }
  const parsed = envelope.safeParse(read);
  if (!parsed.success || parsed.data.version !== version) return null;
  const { value } = parsed.data;
  return isValid(value) ? value : null;
}

/** Saves `value` (anything structured clone carries) in `file` under `version`, atomically. */
export function writeV8File(file: string, version: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic.sync(file, serialize({ version, value }), { fsync: false });
}
