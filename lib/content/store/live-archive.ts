/**
 * The archive as `npm run dev` serves it: it follows the content folder. A watcher on the folder
 * (fs.watch, recursive) marks the archive stale when anything in it is added, changed or removed;
 * the next request reads the folder again, recompiles only the files whose bytes (or view of the
 * archive's site template) changed (the per-file results of the others come from ./compile-cache.ts) and reruns the archive-wide steps
 * (sidecars, slugs, republications, tagging, order, events) and the store on those results.
 *
 * Only in development: a build compiles once (lib/content/index.ts caches that store for the
 * process) and reads the content check's snapshot under ARCHIVE_SNAPSHOT=1.
 */
import { watch, type FSWatcher } from 'node:fs';
import type { SnapshotUse } from './dev-snapshot';
import path from 'node:path';
import { assembleArchive, type AssemblyMemo, sourcesOf } from '../archive';
import { isStrict, readContentFolder } from '../content-folder';
import { RepublicationMemo } from '../republication/memo';
import { formatContentError } from '../errors';
import type { Archive } from '../schema';
import { readArchiveSnapshot, writeArchiveSnapshot } from './archive-snapshot';
import { CompileCache, compileWithCache, compilerSource, versionOf } from './compile-cache';
import { buildStore, type ArchiveStore } from './store';
import { MemoryDerivedStore } from './derived-cache';

/**
 * What the last rebuild did: files compiled afresh, files taken from the cache, and how long it took
 * (`ms` on the clock, `cpuMs` of this process's CPU: on a busy machine the two differ).
 */
export type RebuildStats = { compiled: number; cached: number; ms: number; cpuMs: number };

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** A content folder's archive that is rebuilt, incrementally, on the first read after the folder changed. */
export class LiveArchive {
  private store: ArchiveStore | null = null;
  private stale = true;
  private watcher: FSWatcher | null = null;
  private readonly cache = new CompileCache();
  private readonly memo: AssemblyMemo = { republications: new RepublicationMemo(), derived: null };
  /** What the last rebuild did (null before the first). */
  lastRebuild: RebuildStats | null = null;

  constructor(
    private readonly dir: string,
    private readonly snapshot: SnapshotUse | null = null,
  ) {
    try {
      // Recursive: an edit inside articles/ and the gazetteer beside it both count.
      this.watcher = watch(dir, { recursive: true }, () => {
        this.stale = true;
      });
      this.watcher.on('error', () => this.stopWatching());
      this.watcher.unref(); // a script that reads the archive once still exits
    } catch {
      this.watcher = null; // no watcher (a folder that cannot be watched): every read rebuilds, from the cache
    }
  }

  /** The store for the folder as it is now; rebuilt only when the folder changed since the last read. */
  get(): ArchiveStore {
    if (this.store !== null && !this.stale && this.watcher !== null) return this.store;
    // Cleared before reading, so a change made while this rebuild reads the folder marks it stale again.
    this.stale = false;
    const started = { ms: performance.now(), cpuMs: cpuNow(), ...this.cache.stats };
    const archive = this.compile();
    if (isStrict() && archive.rejected.length > 0) {
      this.stale = true; // the editor will fix the file; read the folder again on the next request
      throw new Error(`content errors (${archive.rejected.length}):\n${archive.rejected.map(formatContentError).join('\n')}`);
    }
    this.store = buildStore(archive);
    this.lastRebuild = {
      compiled: this.cache.stats.misses - started.misses,
      cached: this.cache.stats.hits - started.hits,
      ms: performance.now() - started.ms,
      cpuMs: cpuNow() - started.cpuMs,
    };
    return this.store;
  }

  /** Whether a change was seen since the last rebuild. */
  get isStale(): boolean {
    return this.stale;
  }

  /** Stops watching the folder (tests and benches; the dev server keeps watching until it exits). */
  stopWatching(): void {
    this.watcher?.close();
    this.watcher = null;
  }

  private compile(): Archive {
    const { files, gazetteer } = readContentFolder(this.dir);
    // lib/content's source is read once per rebuild: it keys both the snapshot and the compile cache.
    const compiler = compilerSource();
    const keyed = [...files, ...(gazetteer ? [gazetteer] : []), compiler];
    const shared = this.snapshot;
    if (shared?.role === 'read') {
      const archive = readArchiveSnapshot(keyed, shared.file);
      if (archive) return archive;
    }
    const version = versionOf(compiler);
    // Each story's tags and events are kept by the compiler's version too: an edited compiler starts them afresh.
    if (this.memo.derived?.version !== version) this.memo.derived = new MemoryDerivedStore(version);
    const archive = assembleArchive(files, gazetteer, compileWithCache(sourcesOf(files), this.cache, version), this.memo);
    // After this request is answered: the write (the whole archive, serialised) is not on its path.
    if (shared?.role === 'write') setTimeout(() => writeArchiveSnapshot(archive, keyed, shared.file), 0).unref();
    return archive;
  }
}

declare global {
  // One registry per process, on globalThis: the dev server bundles this module once per layer
  // (server components, route handlers, the SSR of client components), and each copy has its own
  // module scope. Keyed here, every copy shares one LiveArchive, one watcher and one compile cache
  // per folder, instead of each opening its own watcher and recompiling the folder for itself.
  var liveArchivesByFolder: Map<string, LiveArchive> | undefined;
}

/** The process's one LiveArchive for `dir` (made on first use, with `snapshot`), shared by every bundled copy of this module. */
export function liveArchiveFor(dir: string, snapshot: SnapshotUse | null): LiveArchive {
  const registry = (globalThis.liveArchivesByFolder ??= new Map());
  const key = path.resolve(dir);
  let live = registry.get(key);
  if (live === undefined) {
    live = new LiveArchive(dir, snapshot);
    registry.set(key, live);
  }
  return live;
}
