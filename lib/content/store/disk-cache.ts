/**
 * The build's per-file compile results kept on disk between runs: one JSON file per compile key
 * (./compile-cache.ts) in one folder under .next/cache/ (next build keeps that folder between
 * builds, and .next/ is gitignored). The content check reads the entries of unchanged files here
 * and compiles only the rest (scripts/compile-in-workers.ts).
 *
 * An entry is trusted only when it parses, names its own key and passes the compiledFile schema
 * (lib/content/schema.ts): a corrupt, truncated or foreign file is a miss, never a crash. Entries
 * are written atomically (write-file-atomic: a temporary file, then a rename), so a run stopped
 * midway leaves whole entries or none. Without fsync: it cost 4 s more CPU (and 40 s of wall
 * time) per 10,000 entries here, and an entry a power cut leaves torn fails the schema and is a miss.
 * After a run, `retainOnly` drops every entry that run did not use: the folder holds one archive's worth.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import writeFileAtomic from 'write-file-atomic';
import type { CompiledFile } from '../archive';
import { compiledFile } from '../schema';
import type { CompileStore } from './compile-cache';
import type { CacheStats } from './keyed-store';

/** Where the build keeps its compile results. */
export const DISK_CACHE_DIR = path.join('.next', 'cache', 'compiled-files');

const entrySchema = z.strictObject({ key: z.string(), compiled: compiledFile });

/**
 * Whether `value` is an entry for `key`. The entry returned is the parsed JSON itself, not the
 * schema's copy: the schema orders an object's fields by its own declaration, and the cached
 * result must serialise exactly as the compiled one did.
 */
function isEntryFor(key: string, value: unknown): value is { key: string; compiled: CompiledFile } {
  const parsed = entrySchema.safeParse(value);
  return parsed.success && parsed.data.key === key;
}

/** Fails to type-check if the schema's result is not a CompiledFile (the guard above trusts that it is). */
export const schemaGivesCompiledFile = (value: z.infer<typeof compiledFile>): CompiledFile => value;

const ENTRY = /^([0-9a-f]{64})\.json$/;

/** Compile results on disk, by key, with a count of hits and misses. */
export class DiskCompileCache implements CompileStore {
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  private madeDir = false;

  constructor(readonly dir: string = DISK_CACHE_DIR) {}

  private fileOf(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }

  /** The result under `key`, or null when there is none or it is unreadable (counted as a miss). */
  get(key: string): CompiledFile | null {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(this.fileOf(key), 'utf8'));
    } catch {
      value = null; // missing or not JSON: a miss
    }
    if (isEntryFor(key, value)) {
      this.stats.hits += 1;
      return value.compiled;
    }
    this.stats.misses += 1;
    return null;
  }

  /** Keeps `compiled` under `key` (atomically: a reader sees the whole entry or none). */
  set(key: string, compiled: CompiledFile): void {
    if (!this.madeDir) mkdirSync(this.dir, { recursive: true });
    this.madeDir = true;
    writeFileAtomic.sync(this.fileOf(key), JSON.stringify({ key, compiled }), { fsync: false });
  }

  /** Removes every entry (and stray file) whose key is not in `live`. */
  retainOnly(live: ReadonlySet<string>): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return; // no folder yet: nothing to prune
    }
    for (const name of names) {
      const key = ENTRY.exec(name)?.[1];
      if (key === undefined || !live.has(key)) rmSync(path.join(this.dir, name), { force: true, recursive: true });
    }
  }
}
