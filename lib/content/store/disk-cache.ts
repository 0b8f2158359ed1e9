/**
 * The build's per-file compile results kept on disk between runs, in a folder of append-only
 * segments under .next/cache/ (./segment-log.ts; next build keeps that folder between builds, and
 * .next/ is gitignored), by compile key (./compile-cache.ts). The content check reads the entries of
 * unchanged files here and compiles only the rest (scripts/compile-in-workers.ts).
 *
 * Segments, not one file: at 10,000 stories the one file was ~120 MB, read and written whole on
 * every one-file-added build; now such a build appends one small segment holding the files it
 * compiled, and the entries it no longer uses stay as garbage until compaction (SegmentLog). An
 * entry (a compiled result and the site template's answers it rests on) is trusted only when it
 * passes its schema (compiledFile and templateAnswers, lib/content/schema.ts), checked once, when it
 * is first asked for: a foreign or damaged entry is a miss, never a crash, and a segment that does
 * not deserialise is ignored (its files are compiled again) and deleted on the next save.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { compiledFile, templateAnswers } from '../schema';
import type { CachedCompile, CompileStore } from './compile-cache';
import { checkWith, SegmentLog } from './segment-log';

/** Where the build keeps its compile results: a folder of segments. */
export const DISK_CACHE_DIR = path.join('.next', 'cache', 'compile-log');

/** What earlier builds kept (one JSON file per entry, then one V8 file): removed on the first save. */
const LEGACY = [path.join('.next', 'cache', 'compiled-files'), path.join('.next', 'cache', 'compiled-files.v8')];

/**
 * The segments' own format: every key already holds the compiler's version, so this names only the
 * layout of an entry; change it when that layout changes. A compiler edit leaves the old entries as
 * garbage (no key finds them), which the first save compacts away.
 */
const FORMAT = 'compiled-files/3';

const cachedCompile = z.strictObject({ compiled: compiledFile, answers: templateAnswers });

/** Compile results on disk, by key, with a count of hits and misses; `save` appends what this run compiled. */
export class DiskCompileCache extends SegmentLog<CachedCompile> implements CompileStore {
  constructor(dir: string = DISK_CACHE_DIR) {
    super(dir, FORMAT, checkWith(cachedCompile));
  }

  override save() {
    const report = super.save();
    if (this.dir === DISK_CACHE_DIR) for (const legacy of LEGACY) rmSync(legacy, { recursive: true, force: true });
    return report;
  }
}
