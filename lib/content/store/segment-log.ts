/**
 * A keyed cache kept on disk as a folder of append-only segments, so a build's writes follow what
 * changed rather than the archive's size. Each segment is one V8 file (./v8-file.ts) holding a Map
 * of entries, named by a sequence number; reading loads every segment in order, a later segment's
 * entry standing over an earlier one's. `save` writes only the entries this run set, as one new
 * segment, and writes nothing at all when the run set and dropped nothing; dropped and overwritten
 * entries stay behind as garbage until they pass a share of everything stored (or the segments pass
 * a count), when the live entries are compacted into one new segment and the old ones deleted.
 *
 * Why: at 10,000 stories the single-file caches were read and rewritten whole on every build
 * (~120 MB for one story added, seconds of serialisation, writing and garbage collection).
 *
 * Every segment is written atomically (write-file-atomic: a temporary file, then a rename), and each
 * carries the store's version, so a torn, truncated, foreign or stale segment reads as absent, never
 * as a crash, and is deleted on the next save: its entries are misses (compiled again), never
 * trusted. A compaction interrupted after writing its segment leaves duplicates of the same keys in
 * older segments, which the newer one stands over. Entries are checked by the caller's schema when
 * first asked for (`get`), once each: one that fails is a miss.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { CacheStats, KeyedStore } from './keyed-store';
import { readV8File, writeV8File } from './v8-file';

/** Compaction starts once dropped or overwritten entries are more than this share of what the segments hold. */
export const GARBAGE_SHARE = 0.25;
/** …or once there are more segments than this (each read costs a file open and a deserialisation). */
export const MAX_SEGMENTS = 24;

/** A segment's name: its sequence number (ordering), then a random tag (two runs never share a name). */
const SEGMENT_NAME = /^(\d{10})-[0-9a-f]{8}\.v8$/;

const rawEntries = z.map(z.string(), z.unknown());

/** A check made from a zod schema: the value itself when it passes (not the schema's copy: key order is kept), else null. */
export type EntryCheck<V> = (value: unknown) => V | null;

/**
 * An EntryCheck from `schema`. The value returned is the deserialised one, not the schema's copy:
 * the schema would order an object's fields by its own declaration, and a cached result must
 * serialise exactly as the freshly made one did. The type is the schema's own (inferred).
 */
export function checkWith<S extends z.ZodType>(schema: S): EntryCheck<z.infer<S>> {
  const conforms = (value: unknown): value is z.infer<S> => schema.safeParse(value).success;
  return (value) => (conforms(value) ? value : null);
}

/** What the last `save` did, for tests and the build's summary. */
export type SaveReport = { wrote: number; deleted: number; compacted: boolean };

/** Entries of type V by key in the segment folder `dir`, written under `version`. */
export class SegmentLog<V> implements KeyedStore<V> {
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  /** Entries as read, not yet checked (each is checked on its first `get`, then moved to `checked`). */
  private readonly raw = new Map<string, unknown>();
  private readonly checked = new Map<string, V>();
  /** Entries set by this run: the next segment. */
  private readonly added = new Map<string, V>();
  /** Segment files read (valid), and files to delete on save (torn, foreign or stale). */
  private segments: string[] = [];
  private unusable: string[] = [];
  /** Entries the segments hold, duplicates included. */
  private stored = 0;
  private lastSequence = 0;

  constructor(
    readonly dir: string,
    readonly version: string,
    private readonly check: EntryCheck<V>,
  ) {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return; // no folder yet: empty
    }
    for (const name of names) {
      const match = SEGMENT_NAME.exec(name);
      if (!match) continue; // a temporary file of a write in progress (or stopped midway) is never read
      this.lastSequence = Math.max(this.lastSequence, Number(match[1]));
      const entries = readV8File(path.join(dir, name), version, (v): v is Map<string, unknown> => rawEntries.safeParse(v).success);
      if (entries === null) {
        this.unusable.push(name);
        continue;
      }
      this.segments.push(name);
      this.stored += entries.size;
      for (const [key, value] of entries) this.raw.set(key, value);
    }
  }

  /** The entry under `key` when there is one and it passes the check (counted as a hit), else null (a miss). */
  get(key: string): V | null {
    const found = this.peek(key);
    if (found === null) this.stats.misses += 1;
    else this.stats.hits += 1;
    return found;
  }

  /** `get` without counting. */
  peek(key: string): V | null {
    const done = this.added.get(key) ?? this.checked.get(key);
    if (done !== undefined) return done;
    if (!this.raw.has(key)) return null;
    const value = this.check(this.raw.get(key));
    this.raw.delete(key);
    if (value !== null) this.checked.set(key, value);
    return value; // one that fails its check is gone: a miss now, garbage on disk
  }

  /** Keeps `value` under `key`: written by the next `save`. */
  set(key: string, value: V): void {
    this.added.set(key, value);
  }

  /** Drops every entry whose key is not in `live`. */
  retainOnly(live: ReadonlySet<string>): void {
    for (const map of [this.raw, this.checked, this.added]) for (const key of map.keys()) if (!live.has(key)) map.delete(key);
  }

  /** How many live entries there are (read, checked and set). */
  get size(): number {
    let size = this.raw.size + this.checked.size; // disjoint: `peek` moves an entry from one to the other
    for (const key of this.added.keys()) if (!this.raw.has(key) && !this.checked.has(key)) size += 1;
    return size;
  }

  /**
   * Writes this run's new entries as one segment, or compacts every live entry into one when the
   * garbage passes GARBAGE_SHARE (or the segments MAX_SEGMENTS); deletes unusable segments. Writes
   * nothing when nothing was set, dropped past the share, or found unusable.
   */
  save(): SaveReport {
    const held = this.stored + this.added.size;
    const garbage = held - this.size;
    const compact = this.segments.length > 0 && (garbage > GARBAGE_SHARE * held || this.segments.length >= MAX_SEGMENTS);
    const report: SaveReport = { wrote: 0, deleted: 0, compacted: compact };
    if (compact) {
      const all = new Map<string, unknown>(this.raw);
      for (const [key, value] of this.checked) all.set(key, value);
      for (const [key, value] of this.added) all.set(key, value);
      // The new segment first, then the old ones go: stopped in between, the new one stands over their duplicates.
      const written = all.size > 0 ? [this.write(all)] : [];
      report.deleted = this.remove([...this.segments, ...this.unusable]);
      report.wrote = all.size;
      this.segments = written;
      this.stored = all.size;
    } else {
      if (this.added.size > 0) {
        this.segments.push(this.write(this.added));
        report.wrote = this.added.size;
        this.stored += this.added.size;
      }
      report.deleted = this.remove(this.unusable);
    }
    this.unusable = [];
    for (const [key, value] of this.added) {
      this.raw.delete(key);
      this.checked.set(key, value);
    }
    this.added.clear();
    return report;
  }

  /** Writes `entries` as the next segment; returns its name. */
  private write(entries: ReadonlyMap<string, unknown>): string {
    this.lastSequence += 1;
    const name = `${String(this.lastSequence).padStart(10, '0')}-${randomBytes(4).toString('hex')}.v8`;
    writeV8File(path.join(this.dir, name), this.version, entries);
    return name;
  }

  private remove(names: readonly string[]): number {
    for (const name of names) rmSync(path.join(this.dir, name), { force: true });
    return names.length;
  }
}
