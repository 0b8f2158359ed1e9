/**
 * The ending index and the walk of a word's endings through it (ending-index.ts), on a made-up index.
 */
import { describe, expect, it } from 'vitest';
import { forEachEnding, indexEndings } from '@/lib/content/tagging/ending-index';

const index = indexEndings<string>([
  ['', 'bare'],
  ['a', 'p1'],
  ['ami', 'p2'],
  ['a', 'p3'],
  ['mi', 'p2'],
]);
const consonant = /[bcdfghklmnprstvz]$/u;
const walk = (word: string, minStem = 3) => {
  const out: string[] = [];
  forEachEnding(word, index, minStem, consonant, (stem, item) => out.push(`${stem}|${item}`));
  return out;
};

describe('an index of endings', () => {
  it('keeps each ending’s items in the order given and the longest ending’s length', () => {
    expect(index.byEnding.get('a')).toEqual(['p1', 'p3']);
    expect(index.maxLength).toBe(3);
  });

  it('walks a word’s endings shortest first, each with its items', () => {
    expect(walk('kartami')).toEqual(['karta|p2', 'kart|p2']);
    expect(walk('karta')).toEqual(['kart|p1', 'kart|p3']);
  });

  it('takes the empty ending only after a consonant', () => {
    expect(walk('kart')).toEqual(['kart|bare']);
    expect(walk('kartu')).toEqual([]);
  });

  it('leaves no stem shorter than the minimum', () => {
    expect(walk('rami')).toEqual([]);
    expect(walk('rami', 2)).toEqual(['ra|p2']);
  });
});
