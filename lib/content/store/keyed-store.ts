/**
 * The one shape of the content caches: values kept by key with a count of hits and misses, and
 * a way to drop what a run no longer uses. The per-file compile cache (./compile-cache.ts) and the
 * per-article derived results (./derived-cache.ts) are both such stores, in memory (the dev
 * server's, ./live-archive.ts) or on disk (the build's: ./disk-cache.ts, DiskDerivedStore, both ./segment-log.ts).
 */

/** Hits and misses since the store was made: what a rebuild actually recomputed. */
export type CacheStats = { hits: number; misses: number };

/** Values of type V by key. */
export type KeyedStore<V> = {
  readonly stats: CacheStats;
  /** The value under `key`, or null (counted as a hit or a miss). */
  get(key: string): V | null;
  set(key: string, value: V): void;
  /** Drops every entry whose key is not in `live`: a removed or edited input's old value is not kept forever. */
  retainOnly(live: ReadonlySet<string>): void;
};

/** A KeyedStore in memory. Values are never mutated by readers. */
export class MemoryStore<V> implements KeyedStore<V> {
  protected entries = new Map<string, V>();
  readonly stats: CacheStats = { hits: 0, misses: 0 };

  get(key: string): V | null {
    const found = this.entries.get(key);
    if (found === undefined) this.stats.misses += 1;
    else this.stats.hits += 1;
    return found ?? null;
  }

  set(key: string, value: V): void {
    this.entries.set(key, value);
  }

  retainOnly(live: ReadonlySet<string>): void {
    for (const key of this.entries.keys()) if (!live.has(key)) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
