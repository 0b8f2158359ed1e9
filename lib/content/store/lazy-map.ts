/**
 * A read-only map over a fixed set of keys whose values are computed on first use. A build
 * worker renders a few of the archive's pages (an incremental build ~130 of them), so the store
 * computes a story's joins or an entity's companions when a page asks for them, not for every
 * story and entity up front; a cold build that asks for all of them computes each once. `once` does the same for
 * a single value.
 */

/** A ReadonlyMap whose value for a key is `compute(key)`, computed on the first `get` and kept. */
export class LazyMap<K, V> implements ReadonlyMap<K, V> {
  private readonly computed = new Map<K, V>();

  /** `keys`: the map's keys, in its iteration order (a Set, or a Map whose keys they are). */
  constructor(
    private readonly keySet: ReadonlySet<K> | ReadonlyMap<K, unknown>,
    private readonly compute: (key: K) => V,
  ) {}

  get size(): number {
    return this.keySet.size;
  }

  has(key: K): boolean {
    return this.keySet.has(key);
  }

  get(key: K): V | undefined {
    return this.keySet.has(key) ? this.valueOf(key) : undefined;
  }

  /** Every key with its value (each computed now if not yet), in the keys' order. */
  private all(): Map<K, V> {
    return new Map([...this.keySet.keys()].map((key) => [key, this.valueOf(key)]));
  }

  entries(): MapIterator<[K, V]> {
    return this.all().entries();
  }

  keys(): MapIterator<K> {
    return new Map([...this.keySet.keys()].map((key) => [key, key])).keys();
  }

  values(): MapIterator<V> {
    return this.all().values();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [key, value] of this.all()) callback(value, key, this);
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  /** A value of undefined is not kept (no store's value is). */
  private valueOf(key: K): V {
    const known = this.computed.get(key);
    if (known !== undefined) return known;
    const value = this.compute(key);
    this.computed.set(key, value);
    return value;
  }
}

/** `make()`'s value, made on the first call and kept. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}
