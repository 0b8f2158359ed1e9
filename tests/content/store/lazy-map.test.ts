import { describe, expect, it } from 'vitest';
import { LazyMap } from '@/lib/content/store/lazy-map';

/** A LazyMap over `keys` whose values are the key doubled, recording every key it computes. */
function doubling(keys: readonly number[]) {
  const computed: number[] = [];
  const map = new LazyMap(new Set(keys), (k: number) => {
    computed.push(k);
    return { doubled: k * 2 };
  });
  return { map, computed };
}

describe('LazyMap', () => {
  it('computes a value on its first get only, and keeps it', () => {
    const { map, computed } = doubling([3, 1, 2]);
    expect(computed).toEqual([]);
    expect(map.size).toBe(3);
    expect(map.has(1)).toBe(true);
    expect(computed).toEqual([]);
    const one = map.get(1);
    expect(one).toEqual({ doubled: 2 });
    expect(map.get(1)).toBe(one);
    expect(computed).toEqual([1]);
  });

  it('knows only its keys: another key is absent and never computed', () => {
    const { map, computed } = doubling([3, 1, 2]);
    expect(map.has(7)).toBe(false);
    expect(map.get(7)).toBeUndefined();
    expect(computed).toEqual([]);
  });

  it('iterates in the order of its keys, computing each value once', () => {
    const { map, computed } = doubling([3, 1, 2]);
    map.get(2);
    expect([...map]).toEqual([
      [3, { doubled: 6 }],
      [1, { doubled: 2 }],
      [2, { doubled: 4 }],
    ]);
    expect([...map.keys()]).toEqual([3, 1, 2]);
    expect([...map.values()].map((v) => v.doubled)).toEqual([6, 2, 4]);
    const seen: number[] = [];
    map.forEach((_, k) => seen.push(k));
    expect(seen).toEqual([3, 1, 2]);
    expect(computed).toEqual([2, 3, 1]);
  });
});
