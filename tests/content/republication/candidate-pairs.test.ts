import { describe, expect, it } from 'vitest';
import { candidatePairs, MAX_POSTING, MIN_SHARED_SKETCH, MIN_SKETCH_SHARE, SAMPLE_EVERY } from '@/lib/content/republication/candidate-pairs';

/** A small deterministic generator (LCG), so the sets are the same on every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` sorted unique hash sets drawn from a small pool, so many share entries, and one entry in every set (a stock phrase). */
function shingleSets(count: number, seed: number): Uint32Array[] {
  const rand = generator(seed);
  const stock = 4 * 999_983;
  return Array.from({ length: count }, () => {
    const set = new Set<number>([stock]);
    const size = 5 + Math.floor(rand() * 40);
    while (set.size < size) set.add(Math.floor(rand() * 400) * (rand() < 0.5 ? 4 : 3));
    return Uint32Array.from([...set].sort((a, b) => a - b));
  });
}

/**
 * The definition, pair by pair: sketch entries two sets share, counting only entries held by 2 to
 * MAX_POSTING sets, at least MIN_SHARED_SKETCH of them and at least MIN_SKETCH_SHARE of the smaller sketch.
 */
function bruteForce(sets: readonly Uint32Array[]): [number, number][] {
  const holders = new Map<number, number>();
  for (const set of sets) for (const h of set) if (h % SAMPLE_EVERY === 0) holders.set(h, (holders.get(h) ?? 0) + 1);
  const pairs: [number, number][] = [];
  for (let i = 0; i < sets.length; i++) {
    const mine = new Set(sets[i]);
    for (let j = i + 1; j < sets.length; j++) {
      let shared = 0;
      for (const h of sets[j] ?? []) {
        const n = holders.get(h) ?? 0;
        if (h % SAMPLE_EVERY === 0 && mine.has(h) && n >= 2 && n <= MAX_POSTING) shared++;
      }
      const sketch = (set: Uint32Array | undefined) => [...(set ?? [])].filter((h) => h % SAMPLE_EVERY === 0).length;
      if (shared >= MIN_SHARED_SKETCH && shared >= MIN_SKETCH_SHARE * Math.min(sketch(sets[i]), sketch(sets[j]))) pairs.push([i, j]);
    }
  }
  return pairs;
}

describe('candidatePairs', () => {
  it('gives exactly the pairs sharing enough indexed sketch entries, in (i, j) order', () => {
    for (const seed of [1, 2, 3]) {
      const sets = shingleSets(120, seed);
      const expected = bruteForce(sets);
      expect(expected.length).toBeGreaterThan(10); // the pool is small enough for real overlaps
      expect(candidatePairs(sets)).toEqual(expected);
    }
  });

  it('skips an entry shared by more than MAX_POSTING sets', () => {
    // Every set holds the same three entries: below the limit they make every pair a candidate, above it none.
    const few = Array.from({ length: MAX_POSTING }, () => Uint32Array.from([4, 8, 12]));
    expect(candidatePairs(few)).toHaveLength((MAX_POSTING * (MAX_POSTING - 1)) / 2);
    const many = Array.from({ length: MAX_POSTING + 1 }, () => Uint32Array.from([4, 8, 12]));
    expect(candidatePairs(many)).toEqual([]);
  });

  it('needs MIN_SHARED_SKETCH shared entries, and ignores hashes outside the sketch', () => {
    expect(candidatePairs([Uint32Array.from([4, 8, 13, 17]), Uint32Array.from([4, 8, 13, 17])])).toEqual([]);
    expect(candidatePairs([Uint32Array.from([4, 8, 12]), Uint32Array.from([1, 4, 8, 12])])).toEqual([[0, 1]]);
  });

  it('leaves out two long sketches that share only a few entries, and keeps them once they share a copy’s part', () => {
    // Two sketches of 400 entries each (multiples of 4), sharing `common` of them.
    const pair = (common: number) => {
      const a = Array.from({ length: 400 }, (_, k) => 4 * (k + 1));
      const b = Array.from({ length: 400 }, (_, k) => 4 * (k < common ? k + 1 : 10_000 + k));
      return [Uint32Array.from(a), Uint32Array.from(b).sort()];
    };
    // 10 of 400 shared (2.5%): stories on one beat. 60 of 400 (15%): over the 10% a copy keeps at the least.
    expect(candidatePairs(pair(10))).toEqual([]);
    expect(candidatePairs(pair(60))).toEqual([[0, 1]]);
    // The share counts against the smaller sketch: 10 shared with a 40-entry sketch is 25%.
    const short = Uint32Array.from(Array.from({ length: 40 }, (_, k) => 4 * (k < 10 ? k + 1 : 20_000 + k)));
    expect(candidatePairs([pair(10)[0] ?? new Uint32Array(), short])).toEqual([[0, 1]]);
  });
});
