import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AlsoPublished } from '@/components/also-published';
import { archive as archiveSchema } from '@/lib/content/schema';
import { buildStore } from '@/lib/content/store/store';
import { metadataFor } from '@/lib/seo';
import { makeArticle } from '../support/article';

// next/link reads the site's trailingSlash setting from this variable, which `next build` inlines.
process.env.__NEXT_TRAILING_SLASH = 'true';
const ORIGIN = 'https://archive.test';
beforeEach(() => vi.stubEnv('SITE_URL', ORIGIN));
afterEach(() => vi.unstubAllEnvs());

const fact = (value: string) => ({ value, source: 'text' as const, line: 2, evidence: value });
const original = makeArticle('first', { date: '2019-03-04', title: fact('Drills begin near the border'), outlet: fact('Border Courier') });
const copy = makeArticle('second', { date: '2019-03-06', title: fact('Troops gather, neighbours worry'), outlet: fact('Partner Weekly') });
const store = buildStore(
  archiveSchema.parse({
    articles: [original, copy],
    entities: [],
    republications: [{ original: 'first', copy: 'second', containment: 0.93, resemblance: 0.81, originalBy: 'earlier-date', evidence: 'published 2019-03-04, before the other copies' }],
    rejected: [],
    notices: [],
  }),
);
const republishedOf = (id: string) => store.joins.get(id)?.republished ?? { copyOf: null, alsoPublished: [] };

describe('AlsoPublished', () => {
  it('tells a copy’s reader where the original is, by whom and under which headline', () => {
    const html = renderToStaticMarkup(AlsoPublished({ republished: republishedOf('second') }));
    expect(html).toContain('Also published by Border Courier as');
    expect(html).toContain('href="/articles/first/"');
    expect(html.replace(/<[^>]+>/g, '')).toContain('“Drills begin near the border”');
    expect(html).toContain('(the original)');
    expect(html).toContain('93%');
  });

  it('tells the original’s reader where the copy ran', () => {
    const html = renderToStaticMarkup(AlsoPublished({ republished: republishedOf('first') }));
    expect(html).toContain('Also published by Partner Weekly as');
    expect(html).toContain('href="/articles/second/"');
    expect(html).not.toContain('(the original)');
  });

  it('renders nothing for a story published once', () => {
    expect(renderToStaticMarkup(AlsoPublished({ republished: { copyOf: null, alsoPublished: [] } }))).toBe('');
  });

  it('points a copy’s canonical URL at its original, and the original’s at itself', () => {
    const copyMeta = metadataFor({ kind: 'article', article: copy, entities: [], original: republishedOf('second').copyOf?.article ?? null });
    expect(copyMeta.alternates?.canonical).toBe(`${ORIGIN}/articles/first/`);
    const originalMeta = metadataFor({ kind: 'article', article: original, entities: [], original: republishedOf('first').copyOf?.article ?? null });
    expect(originalMeta.alternates?.canonical).toBe(`${ORIGIN}/articles/first/`);
  });
});
