/**
 * The build's per-file compile results kept on disk between runs, all in one file under
 * .next/cache/ (./v8-file.ts; next build keeps that folder between builds, and .next/ is
 * gitignored), by compile key (./compile-cache.ts). The content check reads the entries of
 * unchanged files here and compiles only the rest (scripts/compile-in-workers.ts).
 *
 * One file, not one per entry: at 10,000 stories opening, parsing and later deleting one JSON
 * file per entry cost seconds of every one-file-added build, most of it system time, where one
 * V8 deserialisation costs a fraction of that. An entry (a compiled result and the site template's
 * answers it rests on) is still trusted only when it passes its schema (compiledFile and
 * templateAnswers, lib/content/schema.ts), checked when it is asked for: a foreign or damaged
 * entry is a miss, never a crash, and a file that does not deserialise at all is a cold start.
 * `save` writes atomically (write-file-atomic: a temporary file, then a rename), so a run stopped
 * midway leaves the previous file whole. It keeps only the entries the run used (`retainOnly`):
 * the file holds one archive's worth.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { compiledFile, templateAnswers } from '../schema';
import type { CachedCompile, CompileStore } from './compile-cache';
import type { CacheStats } from './keyed-store';
import { readV8File, writeV8File } from './v8-file';

/** Where the build keeps its compile results. */
export const DISK_CACHE_FILE = path.join('.next', 'cache', 'compiled-files.v8');

/** The folder of one JSON file per entry that earlier builds kept: removed on the first save. */
const LEGACY_DIR = path.join('.next', 'cache', 'compiled-files');

/**
 * The file's own format: every key already holds the compiler's version, so this names only the
 * layout of the file (a Map from key to compiled result); change it when that layout changes.
 */
const FORMAT = 'compiled-files/2';

const rawEntries = z.map(z.string(), z.unknown());
const isRawEntries = (value: unknown): value is Map<string, unknown> => rawEntries.safeParse(value).success;

const cachedCompile = z.strictObject({ compiled: compiledFile, answers: templateAnswers });

/**
 * Whether `value` is a cached compile. The value returned is the deserialised one itself, not the
 * schema's copy: the schema orders an object's fields by its own declaration, and the cached
 * result must serialise exactly as the compiled one did.
 */
const isCachedCompile = (value: unknown): value is CachedCompile => cachedCompile.safeParse(value).success;

/** Fails to type-check if the schema's result is not a CachedCompile (the guard above trusts that it is). */
export const schemaGivesCachedCompile = (value: z.infer<typeof cachedCompile>): CachedCompile => value;

/** Compile results in one file on disk, by key, with a count of hits and misses; `save` writes them back. */
export class DiskCompileCache implements CompileStore {
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  /** Entries as read (checked on `get`) and as set by this run. */
  private readonly entries: Map<string, unknown>;
  private changed = false;

  constructor(readonly file: string = DISK_CACHE_FILE) {
    this.entries = readV8File(file, FORMAT, isRawEntries) ?? new Map();
  }

  /** The result under `key`, or null when there is none or it fails the schema (counted as a miss). */
  get(key: string): CachedCompile | null {
    const value = this.entries.get(key);
    if (value !== undefined && isCachedCompile(value)) {
      this.stats.hits += 1;
      return value;
    }
    this.stats.misses += 1;
    return null;
  }

  /** Keeps `cached` under `key` until `save`. */
  set(key: string, cached: CachedCompile): void {
    this.entries.set(key, cached);
    this.changed = true;
  }

  /** Drops every entry whose key is not in `live`. */
  retainOnly(live: ReadonlySet<string>): void {
    for (const key of this.entries.keys()) {
      if (live.has(key)) continue;
      this.entries.delete(key);
      this.changed = true;
    }
  }

  /** How many entries the file will hold. */
  get size(): number {
    return this.entries.size;
  }

  /** Writes the entries when this run added or dropped any (atomically: a reader sees the old file or the new one). */
  save(): void {
    if (!this.changed) return;
    writeV8File(this.file, FORMAT, this.entries);
    this.changed = false;
    if (this.file === DISK_CACHE_FILE) rmSync(LEGACY_DIR, { recursive: true, force: true });
  }
}
