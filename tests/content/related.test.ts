import { describe, expect, it } from 'vitest';
import { adjacentByDate } from '@/lib/content/adjacent';
import { coOccurringEntities, relatedArticles } from '@/lib/content/related';
import { makeArticle, tagged } from '../support/article';

describe('relatedArticles', () => {
  const self = makeArticle('self', { entities: tagged('belarus', 'ukraine', 'stilet') });
  const all = [
    self,
    makeArticle('one-shared', { entities: tagged('belarus') }),
    makeArticle('two-shared', { entities: tagged('ukraine', 'stilet') }),
    makeArticle('none-shared', { entities: tagged('china') }),
    makeArticle('three-shared', { entities: tagged('stilet', 'belarus', 'ukraine', 'china') }),
  ];

  it('ranks by the number of shared entities and leaves out the story itself and unrelated stories', () => {
    expect(relatedArticles(self, all).map((r) => r.article.id)).toEqual(['three-shared', 'two-shared', 'one-shared']);
  });

  it('lists the shared entities in the story’s own salience order', () => {
    expect(relatedArticles(self, all)[0]?.shared).toEqual(['belarus', 'ukraine', 'stilet']);
  });

  it('breaks ties by overlap strength, then by date', () => {
    const a = makeArticle('a', { entities: [{ slug: 'x', mentions: 5, salience: 0.9 }] });
    const weak = makeArticle('weak', { entities: [{ slug: 'x', mentions: 1, salience: 0.1 }] });
    const strongOld = makeArticle('strong-old', { date: '2001', entities: [{ slug: 'x', mentions: 5, salience: 0.8 }] });
    const strongNew = makeArticle('strong-new', { date: '2020', entities: [{ slug: 'x', mentions: 5, salience: 0.8 }] });
    expect(relatedArticles(a, [weak, strongOld, a, strongNew]).map((r) => r.article.id)).toEqual(['strong-new', 'strong-old', 'weak']);
  });

  it('returns at most the limit', () => {
    expect(relatedArticles(self, all, 2)).toHaveLength(2);
  });
});

describe('coOccurringEntities', () => {
  it('counts the articles each other entity shares with the given one, most first', () => {
    const articles = [
      makeArticle('1', { entities: tagged('polonez', 'china', 'belarus') }),
      makeArticle('2', { entities: tagged('polonez', 'belarus') }),
      makeArticle('3', { entities: tagged('china', 'russia') }),
    ];
    expect(coOccurringEntities('polonez', articles)).toEqual([
      { slug: 'belarus', count: 2 },
      { slug: 'china', count: 1 },
    ]);
  });
});

describe('adjacentByDate', () => {
  const all = [
    makeArticle('old', { date: '2015-01-01' }),
    makeArticle('mid', { date: '2016-06' }),
    makeArticle('new', { date: '2018-03-04' }),
    makeArticle('undated', { date: null }),
  ];

  it('links a story to the next older and next newer dated story', () => {
    const mid = all[1]!;
    const { older, newer } = adjacentByDate(mid, all);
    expect([older?.id, newer?.id]).toEqual(['old', 'new']);
  });

  it('has no older story before the oldest and no newer after the newest', () => {
    expect(adjacentByDate(all[0]!, all).older).toBeNull();
    expect(adjacentByDate(all[2]!, all).newer).toBeNull();
  });

  it('gives an undated story no neighbours in time and never offers one as a neighbour', () => {
    expect(adjacentByDate(all[3]!, all)).toEqual({ older: null, newer: null });
    expect(adjacentByDate(all[0]!, all).newer?.id).toBe('mid');
  });
});
