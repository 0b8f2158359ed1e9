/**
 * Candidate pairs without comparing every story with every other: each body keeps a sketch, the
 * shingle hashes that fall in a fixed residue class (one in four). The choice depends only on a
 * shingle's hash, so a copy, or an excerpt, keeps the same sketch entries as its source; an
 * inverted index from sketch entry to stories then finds every pair that shares a few of them.
 * Entries that occur in many stories are stock phrases, not evidence of copying, and are skipped,
 * which keeps the cost near-linear in the number of stories.
 */

/** One shingle in SAMPLE_EVERY is a sketch entry. */
export const SAMPLE_EVERY = 4;
/** Sketch entries shared by more stories than this are stock phrases and are not indexed. */
export const MAX_POSTING = 40;
/** Shared sketch entries a pair needs before its full shingle sets are compared. */
export const MIN_SHARED_SKETCH = 3;

/** Stories an archive may hold for the packed index below (2^23 ≈ 8 million). */
const MAX_STORIES = 2 ** 23;

/** Pairs `[i, j]` (i < j, indexes into `shingles`) that share at least MIN_SHARED_SKETCH sketch entries. */
export function candidatePairs(shingles: readonly Uint32Array[]): [number, number][] {
  if (shingles.length > MAX_STORIES) throw new RangeError(`republication index holds at most ${MAX_STORIES} stories`);
  // The inverted index as one sorted array of (sketch entry, story) packed into exact doubles:
  // a sketch entry's two low bits are zero, so it fits in 30 bits beside a 23-bit story number.
  // One typed array instead of millions of small posting lists keeps the garbage collector idle.
  let size = 0;
  for (const set of shingles) for (const h of set) if (h % SAMPLE_EVERY === 0) size++;
  const packed = new Float64Array(size);
  let k = 0;
  shingles.forEach((set, doc) => {
    for (const h of set) if (h % SAMPLE_EVERY === 0) packed[k++] = Math.floor(h / SAMPLE_EVERY) * MAX_STORIES + doc;
  });
  packed.sort();

  const counts = new Map<number, number>();
  const n = shingles.length;
  for (let start = 0; start < packed.length; ) {
    const entry = Math.floor((packed[start] ?? 0) / MAX_STORIES);
    let end = start + 1;
    while (end < packed.length && Math.floor((packed[end] ?? 0) / MAX_STORIES) === entry) end++;
    const docs = end - start;
    if (docs >= 2 && docs <= MAX_POSTING) {
      for (let a = start; a < end; a++) {
        for (let b = a + 1; b < end; b++) {
          const key = ((packed[a] ?? 0) % MAX_STORIES) * n + ((packed[b] ?? 0) % MAX_STORIES);
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
    start = end;
  }
  const pairs: [number, number][] = [];
  for (const [key, count] of counts) if (count >= MIN_SHARED_SKETCH) pairs.push([Math.floor(key / n), key % n]);
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
