/**
 * Candidate pairs without comparing every story with every other: each body keeps a sketch, the
 * shingle hashes that fall in a fixed residue class (one in four). The choice depends only on a
 * shingle's hash, so a copy, or an excerpt, keeps the same sketch entries as its source; an
 * inverted index from sketch entry to stories then finds every pair that shares a few of them.
 * Entries that occur in many stories are stock phrases, not evidence of copying, and are skipped,
 * which keeps the cost near-linear in the number of stories. A pair must also share a part of the
 * shorter sketch that a copy would: long stories on one beat share a handful of sketch entries by
 * chance, a copy shares a fixed fraction of them.
 */
import { THRESHOLDS } from './similarity';

/** One shingle in SAMPLE_EVERY is a sketch entry. */
export const SAMPLE_EVERY = 4;
/** Sketch entries shared by more stories than this are stock phrases and are not indexed. */
export const MAX_POSTING = 40;
/** Shared sketch entries a pair needs before its full shingle sets are compared. */
export const MIN_SHARED_SKETCH = 3;
/**
 * And the share of the shorter story's sketch they must be. The sketch keeps the same one in
 * SAMPLE_EVERY of both texts' shingles, so a pair at the containment that makes a copy
 * (THRESHOLDS.containment of the shorter text's shingles shared) shares about that share of the
 * shorter sketch; half of it leaves room for chance (at 100 sketch entries the count at the
 * threshold is ~20 with a spread of ~4) and for shared entries skipped as stock phrases. Two long
 * stories that share only a few phrases, the bulk of the pairs in an archive on one beat, go
 * uncompared (docs/scale.md).
 */
export const MIN_SKETCH_SHARE = THRESHOLDS.containment / 2;

/** Stories an archive may hold for the packed index below (2^23 ≈ 8 million). */
const MAX_STORIES = 2 ** 23;

/** Pairs `[i, j]` (i < j, indexes into `shingles`) that share at least MIN_SHARED_SKETCH sketch entries. */
export function candidatePairs(shingles: readonly Uint32Array[]): [number, number][] {
  if (shingles.length > MAX_STORIES) throw new RangeError(`republication index holds at most ${MAX_STORIES} stories`);
  // The inverted index as one sorted array of (sketch entry, story) packed into exact doubles:
  // a sketch entry's two low bits are zero, so it fits in 30 bits beside a 23-bit story number.
  // One typed array instead of millions of small posting lists keeps the garbage collector idle.
  let size = 0;
  const sketchSize = new Int32Array(shingles.length);
  shingles.forEach((set, doc) => {
    for (const h of set) if (h % SAMPLE_EVERY === 0) sketchSize[doc]! += 1;
    size += sketchSize[doc] ?? 0;
  });
  const packed = new Float64Array(size);
  let k = 0;
  shingles.forEach((set, doc) => {
    for (const h of set) if (h % SAMPLE_EVERY === 0) packed[k++] = Math.floor(h / SAMPLE_EVERY) * MAX_STORIES + doc;
  });
  packed.sort();

  // Each indexed posting list (2 to MAX_POSTING stories) as a range of `packed`, and each story's
  // ranges (stories in a range are ascending, as `packed` is sorted).
  const n = shingles.length;
  // One pass splits each packed value into its story and its sketch entry (a plain loop: `Int32Array.from`
  // with a mapping function goes through the iterator protocol, several times slower on millions of values).
  const stories = new Int32Array(packed.length);
  const entries = new Float64Array(packed.length);
  for (let k = 0; k < packed.length; k++) {
    const v = packed[k] ?? 0;
    stories[k] = v % MAX_STORIES;
    entries[k] = Math.floor(v / MAX_STORIES);
  }
  const storyAt = (k: number) => stories[k] ?? 0;
  const starts: number[] = [];
  const ends: number[] = [];
  for (let start = 0; start < packed.length; ) {
    const entry = entries[start];
    let end = start + 1;
    while (end < packed.length && entries[end] === entry) end++;
    if (end - start >= 2 && end - start <= MAX_POSTING) {
      starts.push(start);
      ends.push(end);
    }
    start = end;
  }
  const perStory = new Int32Array(n + 1);
  starts.forEach((start, r) => {
    for (let k = start; k < (ends[r] ?? start); k++) perStory[storyAt(k) + 1]! += 1;
  });
  for (let d = 0; d < n; d++) perStory[d + 1]! += perStory[d] ?? 0;
  const rangesOf = new Int32Array(perStory[n] ?? 0);
  const filled = perStory.slice(0, n);
  starts.forEach((start, r) => {
    for (let k = start; k < (ends[r] ?? start); k++) rangesOf[filled[storyAt(k)]!++] = r;
  });

  // For each story i, count the later stories sharing its indexed entries (typed arrays, stamped
  // with i + 1 so nothing needs clearing): linear in the postings' pair count, no hashing.
  const stamp = new Int32Array(n);
  const shared = new Int32Array(n);
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const found: number[] = [];
    for (let q = perStory[i] ?? 0; q < (perStory[i + 1] ?? 0); q++) {
      const r = rangesOf[q] ?? 0;
      for (let k = ends[r]! - 1; k >= starts[r]!; k--) {
        const j = storyAt(k);
        if (j <= i) break;
        if (stamp[j] !== i + 1) {
          stamp[j] = i + 1;
          shared[j] = 0;
        }
        if (++shared[j]! === MIN_SHARED_SKETCH) found.push(j);
      }
    }
    const own = sketchSize[i] ?? 0;
    const enough = (j: number) => (shared[j] ?? 0) >= MIN_SKETCH_SHARE * Math.min(own, sketchSize[j] ?? 0);
    found.sort((x, y) => x - y);
    for (const j of found) if (enough(j)) pairs.push([i, j]);
  }
  return pairs;
}
