import { describe, expect, it } from 'vitest';
import { extractEvents } from '@/lib/content/events/extract';
import { buildEventIndex } from '@/lib/content/events/index';
import type { Article } from '@/lib/content/schema';

function story(id: string, published: string | null, text: string, entities: { slug: string; surface: string }[]): Article {
  return {
    id, sourceFile: `content/articles/${id}.txt`, slug: id, previousSlugs: [],
    title: { value: id, source: 'text', line: 1, evidence: '' },
    datePublished: { value: published, precision: published === null ? 'none' : 'day', partial: null, source: published === null ? 'none' : 'dateline', line: null, evidence: '' },
    dateModified: null, author: null, outlet: null, sourceUrl: null,
    body: [{ kind: 'paragraph', text, line: 2 }], removed: [], derivedFrom: null, editorNotes: [],
    language: { value: 'en', source: 'detected', detector: 'test', confidence: 1, evidence: '' },
    encoding: { name: 'utf-8', detected: false, evidence: 'valid UTF-8' },
    entities: entities.map((e) => ({ slug: e.slug, mentions: 1, salience: 1 })),
    mentions: entities.map((e) => ({ entity: e.slug, block: 0, start: text.indexOf(e.surface), end: text.indexOf(e.surface) + e.surface.length, surface: e.surface })),
  };
}

const articles = [
  story('a', '2016-06-20', 'The Falcon launcher was shown in Minsk on 9 May. Belarus bought it in 2014.', [{ slug: 'falcon', surface: 'Falcon' }, { slug: 'belarus', surface: 'Belarus' }]),
  story('b', '2016-07-02', 'On 9 May the Falcon launcher rolled through Minsk.', [{ slug: 'falcon', surface: 'Falcon' }]),
  story('c', null, 'On 3 April the plant in Belarus stopped. It restarted in 2011.', [{ slug: 'belarus', surface: 'Belarus' }]),
];
const index = buildEventIndex(articles, articles.flatMap((a) => extractEvents(a)), (slug) => slug === 'belarus');

describe('buildEventIndex', () => {
  it('orders dated events oldest first and leaves out, but counts, those without a year', () => {
    expect(index.events.map((e) => e.date.value)).toEqual(['2011', '2014', '2016-05-09', '2016-05-09']);
    expect(index.withoutYear).toBe(1);
    expect(index.byArticle.get('c')?.map((e) => e.date.text)).toEqual(['On 3 April', '2011']);
  });

  it('groups the same day reported by two stories and lists both sources', () => {
    const parade = index.groups.find((g) => g.date.value === '2016-05-09');
    expect(parade?.events.map((e) => e.article)).toEqual(['a', 'b']);
    expect(index.groups).toHaveLength(3);
  });

  it("maps each entity to its own groups and counts them per year", () => {
    // "Belarus bought it in 2014": "it" points back to the Falcon of the sentence before.
    expect(index.groupsByEntity.get('falcon')?.map((g) => g.date.value)).toEqual(['2014', '2016-05-09']);
    expect(index.groupsByEntity.get('belarus')?.map((g) => g.date.value)).toEqual(['2011', '2014']);
    expect(index.perYear).toEqual([{ year: 2011, count: 1 }, { year: 2014, count: 1 }, { year: 2016, count: 1 }]);
    expect(index.perYearByEntity.get('belarus')).toEqual([{ year: 2011, count: 1 }, { year: 2014, count: 1 }]);
    expect(index.storiesPerYear).toEqual([{ year: 2016, count: 2 }]);
  });

  it('indexes only the stories it is given (a copy left out of the lists brings no events)', () => {
    const onlyA = buildEventIndex(articles.slice(0, 1), articles.flatMap((a) => extractEvents(a)), (slug) => slug === 'belarus');
    expect([...onlyA.byArticle.keys()]).toEqual(['a']);
    expect(onlyA.events.map((e) => e.article)).toEqual(['a', 'a']);
    expect(onlyA.withoutYear).toBe(0);
  });
});
