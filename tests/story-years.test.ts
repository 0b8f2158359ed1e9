import { describe, expect, it } from 'vitest';
import { numbersFromOldest, splitStoriesByYear } from '@/lib/story-years';
import { makeArticle } from './support/article';

describe('story years', () => {
  it('number each story from the oldest of its year, or of the undated stories', () => {
    // Newest first, as the archive orders them.
    const stories = [
      makeArticle('c', { date: '2021-05' }),
      makeArticle('b', { date: '2021-02-01' }),
      makeArticle('u2', { date: null }),
      makeArticle('a', { date: '2021' }),
      makeArticle('z', { date: '2019-12-31' }),
      makeArticle('u1', { date: null }),
    ];
    const numbers = numbersFromOldest(splitStoriesByYear(stories));
    // Written by hand: 2021 holds c, b, a (a oldest); 2019 holds z; the undated u2, u1 (u1 oldest).
    expect(Object.fromEntries(numbers)).toEqual({ a: 1, b: 2, c: 3, z: 1, u1: 1, u2: 2 });
  });
});
