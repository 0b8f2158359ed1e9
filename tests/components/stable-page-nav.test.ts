import { describe, expect, it } from 'vitest';
import { stableWindow } from '@/components/stable-page-nav';

describe('stableWindow', () => {
  it('names the oldest page, two either side, and a gap where pages are skipped', () => {
    expect(stableWindow(10, 3)).toEqual([1, null, 8, 9, 10, 11, 12, null]);
    expect(stableWindow(3, 3)).toEqual([1, 2, 3, 4, 5, null]);
  });

  it('names only the newer pages that exist, and no gap when none are left unnamed', () => {
    expect(stableWindow(10, 2)).toEqual([1, null, 8, 9, 10, 11, 12]);
    expect(stableWindow(10, 1)).toEqual([1, null, 8, 9, 10, 11]);
    expect(stableWindow(10, 0)).toEqual([1, null, 8, 9, 10]);
    expect(stableWindow(1, 0)).toEqual([1]);
  });
});
