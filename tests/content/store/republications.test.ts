import { describe, expect, it } from 'vitest';
import { archive as archiveSchema } from '@/lib/content/schema';
import { buildStore } from '@/lib/content/store/store';
import { makeArticle } from '../../support/article';

const tags = (...slugs: string[]) => slugs.map((slug) => ({ slug, mentions: 1, salience: 0.5 }));
const pair = (original: string, copy: string) => ({ original, copy, containment: 0.9, resemblance: 0.8, originalBy: 'earlier-date' as const, evidence: 'test' });

// a (2016) is copied by c and d; b and e are other stories; f is undated.
const articles = [
  makeArticle('a', { date: '2016-05-01', entities: tags('belarus', 'polonez') }),
  makeArticle('b', { date: '2017-01-01', entities: tags('belarus') }),
  makeArticle('c', { date: '2016-06-01', entities: tags('belarus', 'polonez') }),
  makeArticle('d', { date: '2015-01-01', entities: tags('polonez') }),
  makeArticle('e', { date: '2014-01-01', entities: tags('belarus', 'polonez') }),
  makeArticle('f', { date: null, entities: tags('belarus') }),
];
const entities = ['belarus', 'polonez'].map((slug) => ({
  slug, name: slug, type: 'country' as const, aliases: [], description: `About ${slug}.`,
  articles: articles.filter((a) => a.entities.some((e) => e.slug === slug) && !['c', 'd'].includes(a.id)).map((a) => a.id),
}));
const store = buildStore(archiveSchema.parse({ articles, entities, republications: [pair('a', 'c'), pair('a', 'd')], rejected: [], notices: [] }));
const ids = (list: readonly { id: string }[]) => list.map((a) => a.id);

describe('republications in the store', () => {
  it('publishes every file but lists each story once', () => {
    expect(ids(store.articles).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(ids(store.listed)).toEqual(['b', 'a', 'e', 'f']);
    expect(ids(store.storiesOf.get('polonez') ?? [])).toEqual(['a', 'e']);
    expect(store.years.get('polonez')?.counts).toEqual([{ year: 2014, count: 1 }, { year: 2016, count: 1 }]);
  });

  it('links a copy to its original and to the other copy, and the original to both copies', () => {
    const c = store.joins.get('c')?.republished;
    expect(c?.copyOf?.article.id).toBe('a');
    expect(c?.alsoPublished.map((l) => l.article.id)).toEqual(['a', 'd']);
    expect(store.joins.get('a')?.republished.copyOf).toBeNull();
    expect(store.joins.get('a')?.republished.alsoPublished.map((l) => l.article.id).sort()).toEqual(['c', 'd']);
    expect(store.joins.get('b')?.republished.alsoPublished).toEqual([]);
  });

  it('gives a copy its original’s neighbours and never lists a copy as a neighbour or related story', () => {
    expect(store.joins.get('c')?.adjacent).toEqual(store.joins.get('a')?.adjacent);
    expect(store.joins.get('a')?.adjacent.newer?.id).toBe('b');
    expect(store.joins.get('a')?.adjacent.older?.id).toBe('e');
    for (const a of store.articles) {
      const j = store.joins.get(a.id);
      expect([j?.adjacent.older?.id, j?.adjacent.newer?.id, ...(j?.related.map((r) => r.article.id) ?? [])]).not.toContain('c');
      expect(j?.related.map((r) => r.article.id) ?? []).not.toContain('d');
    }
    expect(store.joins.get('c')?.related.map((r) => r.article.id)).not.toContain('a');
  });
});
