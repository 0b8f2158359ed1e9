import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkWith, MAX_SEGMENTS, SegmentLog } from '@/lib/content/store/segment-log';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'segment-log-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const entry = z.strictObject({ a: z.number(), b: z.string() });
type Entry = z.infer<typeof entry>;
const open = (dir: string, version = 'v1') => new SegmentLog<Entry>(dir, version, checkWith(entry));
const value = (n: number): Entry => ({ a: n, b: `story ${n}` });

/** The segment files in `dir`, oldest first. */
const segments = (dir: string) => readdirSync(dir).sort();

/** What one segment file holds, read with node:v8 directly (the format: { version, value: Map }). */
function keysIn(file: string): string[] {
  const saved: unknown = deserialize(readFileSync(file));
  if (typeof saved !== 'object' || saved === null || !('value' in saved) || !(saved.value instanceof Map)) throw new Error('not a segment');
  return [...saved.value.keys()].map(String).sort();
}

/** A log in `dir` holding keys k1..k<count>, each from its own earlier run when `oneEach`, else all from one. */
function filled(dir: string, count: number, oneEach = false): void {
  if (!oneEach) {
    const log = open(dir);
    for (let n = 1; n <= count; n++) log.set(`k${n}`, value(n));
    log.save();
    return;
  }
  for (let n = 1; n <= count; n++) {
    const log = open(dir);
    log.set(`k${n}`, value(n));
    log.save();
  }
}

describe('SegmentLog', () => {
  it('reads back what a run saved, entry by entry, as it was written (key order kept)', () => {
    const dir = tempDir();
    const log = open(dir);
    log.set('x', { b: 'written b first', a: 7 });
    log.set('y', value(2));
    expect(log.save()).toEqual({ wrote: 2, deleted: 0, compacted: false });
    const again = open(dir);
    const x = again.get('x');
    expect(x).toEqual({ a: 7, b: 'written b first' });
    expect(Object.keys(x ?? {})).toEqual(['b', 'a']);
    expect(again.get('y')).toEqual(value(2));
    expect(again.get('z')).toBeNull();
    expect(again.stats).toEqual({ hits: 2, misses: 1 });
  });

  it('writes nothing when a run sets and drops nothing', () => {
    const dir = tempDir();
    filled(dir, 3);
    const [only] = segments(dir);
    const before = statSync(path.join(dir, only ?? '')).mtimeMs;
    const log = open(dir);
    for (const key of ['k1', 'k2', 'k3']) log.get(key);
    log.retainOnly(new Set(['k1', 'k2', 'k3']));
    expect(log.save()).toEqual({ wrote: 0, deleted: 0, compacted: false });
    expect(segments(dir)).toEqual([only]);
    expect(statSync(path.join(dir, only ?? '')).mtimeMs).toBe(before);
  });

  it('appends one segment holding only the new entry, and leaves the old one untouched', () => {
    const dir = tempDir();
    filled(dir, 3);
    const [first] = segments(dir);
    const old = readFileSync(path.join(dir, first ?? ''));
    const log = open(dir);
    log.set('k4', value(4));
    expect(log.save()).toEqual({ wrote: 1, deleted: 0, compacted: false });
    const files = segments(dir);
    expect(files).toHaveLength(2);
    expect(files[0]).toBe(first);
    expect(readFileSync(path.join(dir, first ?? '')).equals(old)).toBe(true);
    expect(keysIn(path.join(dir, files[1] ?? ''))).toEqual(['k4']);
    const reread = open(dir);
    expect(['k1', 'k2', 'k3', 'k4'].map((k) => reread.get(k)?.a)).toEqual([1, 2, 3, 4]);
  });

  it('leaves a small share of dropped entries on disk, and compacts once they pass a quarter', () => {
    const dir = tempDir();
    filled(dir, 10);
    // One of ten dropped: 10% garbage, nothing written.
    const few = open(dir);
    few.retainOnly(new Set(['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9']));
    expect(few.save()).toEqual({ wrote: 0, deleted: 0, compacted: false });
    expect(segments(dir)).toHaveLength(1);
    // Three of ten dropped (k10 among them, still on disk): 30%, so the six live entries are rewritten alone.
    const many = open(dir);
    many.retainOnly(new Set(['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7']));
    expect(many.save()).toEqual({ wrote: 7, deleted: 1, compacted: true });
    const files = segments(dir);
    expect(files).toHaveLength(1);
    expect(keysIn(path.join(dir, files[0] ?? ''))).toEqual(['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7']);
    expect(open(dir).get('k8')).toBeNull();
  });

  it('counts an entry written over (a later segment holds the same key) as garbage, and the later value wins', () => {
    const dir = tempDir();
    filled(dir, 2);
    const log = open(dir);
    log.set('k1', { a: 100, b: 'rewritten' });
    // 3 held, 2 live: one of three is garbage, more than a quarter: compacted into one segment.
    expect(log.save()).toEqual({ wrote: 2, deleted: 1, compacted: true });
    expect(open(dir).get('k1')).toEqual({ a: 100, b: 'rewritten' });
  });

  it('lets a newer segment stand over an older one left by a compaction stopped before its deletes', () => {
    const dir = tempDir();
    filled(dir, 2);
    const [first] = segments(dir);
    const stale = readFileSync(path.join(dir, first ?? ''));
    const log = open(dir);
    log.set('k1', { a: 100, b: 'rewritten' });
    log.save(); // compacts (see above): the first segment is deleted
    writeFileSync(path.join(dir, first ?? ''), stale); // as if the process had stopped before deleting it
    const reread = open(dir);
    expect(reread.get('k1')).toEqual({ a: 100, b: 'rewritten' });
    expect(reread.get('k2')).toEqual(value(2));
  });

  it('ignores a torn segment (its entries are misses, the others still read) and deletes it on the next save', () => {
    const dir = tempDir();
    filled(dir, 3, true);
    const files = segments(dir);
    const torn = path.join(dir, files[1] ?? '');
    const whole = readFileSync(torn);
    writeFileSync(torn, whole.subarray(0, Math.floor(whole.length / 2)));
    const log = open(dir);
    expect(log.get('k1')?.a).toBe(1);
    expect(log.get('k2')).toBeNull();
    expect(log.get('k3')?.a).toBe(3);
    log.set('k2', value(2));
    const report = log.save();
    expect(report.deleted).toBeGreaterThanOrEqual(1);
    expect(segments(dir)).not.toContain(files[1]);
    const reread = open(dir);
    expect(['k1', 'k2', 'k3'].map((k) => reread.get(k)?.a)).toEqual([1, 2, 3]);
  });

  it('ignores a segment written under another version (stale) and deletes it on save, keeping the current ones', () => {
    const dir = tempDir();
    filled(dir, 2);
    const other = open(dir, 'v0');
    expect(other.get('k1')).toBeNull(); // a v0 reader finds nothing in v1 segments
    other.set('k9', value(9));
    other.save();
    expect(segments(dir)).toHaveLength(1); // the v1 segment was stale to it: deleted, its own written
    const current = open(dir);
    expect(current.get('k1')).toBeNull();
    expect(current.get('k9')).toBeNull();
    expect(current.save()).toEqual({ wrote: 0, deleted: 1, compacted: false });
    expect(segments(dir)).toEqual([]);
  });

  it('treats an entry that fails its schema as a miss, and reads the one set in its place next time', () => {
    const dir = tempDir();
    mkdtempSync(path.join(dir, 'x')); // a stray folder is never read as a segment
    writeFileSync(path.join(dir, '0000000001-0badc0de.v8'), serialize({ version: 'v1', value: new Map<string, unknown>([['k1', { a: 'not a number', b: 'x' }], ['k2', value(2)]]) }));
    const log = open(dir);
    expect(log.get('k1')).toBeNull();
    expect(log.get('k2')).toEqual(value(2));
    log.set('k1', value(1));
    log.save();
    expect(open(dir).get('k1')).toEqual(value(1));
  });

  it('never reads a temporary file a write left behind', () => {
    const dir = tempDir();
    filled(dir, 1);
    writeFileSync(path.join(dir, '0000000002-0badc0de.v8.1234567'), serialize({ version: 'v1', value: new Map([['k5', value(5)]]) }));
    expect(open(dir).get('k5')).toBeNull();
  });

  it(`compacts once the folder holds ${MAX_SEGMENTS} segments, however little is garbage`, () => {
    const dir = tempDir();
    filled(dir, MAX_SEGMENTS, true);
    expect(segments(dir)).toHaveLength(MAX_SEGMENTS);
    const log = open(dir);
    log.set('last', value(0));
    expect(log.save()).toEqual({ wrote: MAX_SEGMENTS + 1, deleted: MAX_SEGMENTS, compacted: true });
    expect(segments(dir)).toHaveLength(1);
  });
});
