/**
 * The bounded memo (lib/content/bounded-memo.ts): each text computed once, all forgotten at the limit.
 */
import { describe, expect, it } from 'vitest';
import { remembered } from '@/lib/content/bounded-memo';

describe('a bounded memo', () => {
  it('computes a text’s answer once and reads it back after', () => {
    const memo = new Map<string, number>();
    const asked: string[] = [];
    const length = (text: string) => {
      asked.push(text);
      return text.length;
    };
    expect(remembered(memo, 10, 'Minsk', length)).toBe(5);
    expect(remembered(memo, 10, 'Minsk', length)).toBe(5);
    expect(remembered(memo, 10, 'Brest', length)).toBe(5);
    expect(asked).toEqual(['Minsk', 'Brest']);
  });

  it('forgets every answer once it holds the limit, and keeps the new one', () => {
    const memo = new Map<string, number>();
    for (const text of ['a', 'bb', 'ccc']) remembered(memo, 3, text, (t) => t.length);
    expect([...memo.keys()]).toEqual(['a', 'bb', 'ccc']);
    remembered(memo, 3, 'dddd', (t) => t.length);
    expect([...memo.entries()]).toEqual([['dddd', 4]]);
  });
});
