import { describe, expect, it } from 'vitest';
import { countByYear, groupTimeline } from '@/lib/content/store/timeline';
import { sortNewestFirst } from '@/lib/content/store/publication-order';
import { makeArticle } from '../../support/article';

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('publication order', () => {
  it('puts newer dates first, a month-only date after that month’s days, a year-only date after its months, undated last by id', () => {
    const articles = [
      makeArticle('u2', { date: null }),
      makeArticle('y2016', { date: '2016' }),
      makeArticle('m2016-06', { date: '2016-06' }),
      makeArticle('d2016-06-21', { date: '2016-06-21' }),
      makeArticle('d2017-09-18', { date: '2017-09-18' }),
      makeArticle('u1', { date: null }),
      makeArticle('d2016-06-02', { date: '2016-06-02' }),
    ];
    expect(ids(sortNewestFirst(articles))).toEqual(['d2017-09-18', 'd2016-06-21', 'd2016-06-02', 'm2016-06', 'y2016', 'u1', 'u2']);
  });
});

describe('groupTimeline', () => {
  const articles = [
    makeArticle('a', { date: '2016-06-21' }),
    makeArticle('b', { date: '2016-06' }),
    makeArticle('c', { date: '2016' }),
    makeArticle('d', { date: '2017-09-18' }),
    makeArticle('e', { date: '2016-01-05' }),
    makeArticle('f', { date: null }),
  ];
  const timeline = groupTimeline(articles);

  it('groups by year, newest year first', () => {
    expect(timeline.years.map((y) => y.year)).toEqual([2017, 2016]);
  });

  it('groups a year by month, newest month first, and keeps a month-only story at its month rather than on day 1', () => {
    const y2016 = timeline.years[1];
    expect(y2016?.months.map((m) => m.month)).toEqual([6, 1]);
    expect(ids(y2016?.months[0]?.days ?? [])).toEqual(['a']);
    expect(ids(y2016?.months[0]?.monthOnly ?? [])).toEqual(['b']);
  });

  it('keeps a year-only story at its year, outside every month', () => {
    expect(ids(timeline.years[1]?.yearOnly ?? [])).toEqual(['c']);
  });

  it('gives undated stories their own group', () => {
    expect(ids(timeline.undated)).toEqual(['f']);
  });

  it('places every story exactly once, even for 10,000 stories', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      makeArticle(`s${i}`, { date: i % 97 === 0 ? null : `${2000 + (i % 20)}-${String((i % 12) + 1).padStart(2, '0')}${i % 3 ? `-${String((i % 28) + 1).padStart(2, '0')}` : ''}` }),
    );
    const t = groupTimeline(many);
    const placed = [...t.years.flatMap((y) => [...y.yearOnly, ...y.months.flatMap((m) => [...m.days, ...m.monthOnly])]), ...t.undated];
    expect(placed).toHaveLength(10_000);
    expect(new Set(ids(placed)).size).toBe(10_000);
  });

  it('counts stories per year, oldest first, leaving undated ones out', () => {
    expect(countByYear(articles)).toEqual([{ year: 2016, count: 4 }, { year: 2017, count: 1 }]);
  });
});
