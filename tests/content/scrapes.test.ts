/**
 * The scrape corpus (tests/fixtures/scrapes): synthetic scrapes that copy real
 * news-site layouts in many languages, each compiled on its own through the real
 * pipeline with the real gazetteer and checked against its expected.json.
 */
import { describe, expect, it } from 'vitest';
import { readGazetteerFile } from '@/lib/content/source/read-folder';
import { foldSpaces, loadScrapeCases } from '../fixtures/scrapes/load';
import { compileCase, dateIsRight, leaksOf, lostLinesOf, paragraphsOf } from '../fixtures/scrapes/score';
import { SEED_CONTENT } from '../support/fixtures';

const gazetteer = readGazetteerFile(SEED_CONTENT);
const cases = loadScrapeCases();

describe('the scrape corpus', () => {
  it('has at least 40 cases in at least 6 languages, 4 or more for each main language', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const perLanguage = new Map<string, number>();
    for (const c of cases) perLanguage.set(c.expected.language, (perLanguage.get(c.expected.language) ?? 0) + 1);
    for (const l of ['en', 'ru', 'uk', 'be', 'pl', 'de', 'fr', 'id']) expect(perLanguage.get(l) ?? 0, l).toBeGreaterThanOrEqual(4);
  });

  it('imitates at least 15 different site layouts', () => {
    expect(new Set(cases.map((c) => c.expected.layout)).size).toBeGreaterThanOrEqual(15);
  });
});

for (const c of cases) {
  const want = c.expected;
  const { article, rejected } = compileCase(c, gazetteer);

  if (want.rejected) {
    describe(c.name, () => {
      it(`${c.name}: is rejected with a reason, as a page of nothing but furniture`, () => {
        expect(article).toBeNull();
        expect(rejected.length).toBeGreaterThan(0);
        expect(rejected.every((r) => r.message.length > 0)).toBe(true);
      });
    });
    continue;
  }

  describe(c.name, () => {
    it(`${c.name}: is published`, () => {
      expect(rejected).toEqual([]);
      expect(article).not.toBeNull();
    });

    it(`${c.name}: headline`, () => {
      if (want.title === null) {
        // No headline on the page: a title derived from the body, never a furniture line.
        expect(article?.title.source).toBe('derived');
        expect(want.furniture.map(foldSpaces)).not.toContain(foldSpaces(article?.title.value ?? ''));
      } else {
        expect(foldSpaces(article?.title.value ?? '')).toBe(foldSpaces(want.title));
        expect(article?.title.source).toBe('text');
      }
    });

    it(`${c.name}: date`, () => {
      expect(article).not.toBeNull();
      if (!article) return;
      const got = { value: article.datePublished.value, precision: article.datePublished.precision, partial: article.datePublished.partial };
      expect(dateIsRight(c, article), JSON.stringify(got)).toBe(true);
    });

    it(`${c.name}: author`, () => {
      expect(article?.author?.value ?? null).toBe(want.author);
    });

    it(`${c.name}: no furniture in body`, () => {
      expect(leaksOf(c.lines, want.furniture, article?.body ?? [])).toEqual([]);
    });

    it(`${c.name}: first and last paragraph`, () => {
      const paragraphs = article ? paragraphsOf(article) : [];
      expect(paragraphs[0]).toBe(foldSpaces(want.firstParagraph ?? ''));
      expect(paragraphs.at(-1)).toBe(foldSpaces(want.lastParagraph ?? ''));
    });

    it(`${c.name}: no body line lost`, () => {
      expect(lostLinesOf(c.bodyLines, article?.body.map((b) => b.text) ?? [])).toEqual([]);
    });

    it(`${c.name}: entities`, () => {
      expect([...new Set(article?.entities.map((e) => e.slug) ?? [])].sort()).toEqual([...want.entities].sort());
    });
  });
}
