import { describe, expect, it } from 'vitest';
import * as api from '@/lib/content';

// The functions pages may call. Changing this list is a deliberate change of the content API.
const PUBLIC_FUNCTIONS = [
  'getArchive',
  'getArticle',
  'getArticleById',
  'getArticleByPreviousSlug',
  'getArticles',
  'getArticlesForEntity',
  'getEntities',
  'getEntity',
  'getRedirects',
  'getRejected',
  // Reader queries (issue 4): related stories, neighbours in time, co-occurring entities, chronology.
  'getAdjacent',
  'getChronology',
  'getCoOccurring',
  'getRelated',
  // Keyed lookups of the store's precomputed joins for one story (resolved entities, related, neighbours, parent).
  'getEntitiesOf',
  'getStoryJoins',
  // An entity's stories per year, counted once for all of its pages.
  'getYearCounts',
  // Pure timeline grouping, applied by the timeline and tag pages to one page of getChronology().
  'countByYear',
  'groupTimeline',
];

describe('the public surface of lib/content', () => {
  it('exports exactly the documented query functions', () => {
    expect(Object.keys(api).sort()).toEqual([...PUBLIC_FUNCTIONS].sort());
  });

  it('serves articles newest first with undated ones last', () => {
    const values = api.getArticles().map((a) => a.datePublished.value);
    const dated = values.filter((v) => v !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(values.slice(dated.length).every((v) => v === null)).toBe(true);
  });

  it('finds every article by its slug and by its id', () => {
    for (const a of api.getArticles()) {
      expect(api.getArticle(a.slug)?.id).toBe(a.id);
      expect(api.getArticleById(a.id)?.slug).toBe(a.slug);
    }
    expect(api.getArticle('no-such-story')).toBeUndefined();
  });

  it('gives every article its own URL', () => {
    const slugs = api.getArticles().flatMap((a) => [a.slug, ...a.previousSlugs]);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('computes the archive once per process', () => {
    expect(api.getArchive()).toBe(api.getArchive());
  });
});
