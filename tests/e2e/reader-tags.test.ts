import { afterAll, describe, expect, it } from 'vitest';
import { getArticles, getEntity } from '@/lib/content';
import { FEATURED_ENTITIES } from '@/lib/featured';
import { tagPath } from '@/lib/urls';
import { closeBrowser, openPage } from './support/browser';

afterAll(closeBrowser);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An oracle independent of the tagger: the articles whose own cleaned body text contains
 * the entity's name or an alias as a whole word (case-sensitive, as written in the gazetteer).
 */
function articlesMentioning(slug: string): string[] {
  const entity = getEntity(slug);
  if (!entity) return [];
  const names = [entity.name, ...entity.aliases].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return getArticles()
    .filter((a) => a.body.some((b) => pattern.test(b.text)))
    .map((a) => `/articles/${a.slug}/`)
    .sort();
}

describe('the requested tag pages', () => {
  for (const slug of FEATURED_ENTITIES) {
    it(`lists on /tags/${slug}/ exactly the stories whose own bodies mention it`, async () => {
      expect(getEntity(slug), `${slug} is in the archive`).toBeDefined();
      const { page, close } = await openPage(tagPath(slug), { javaScript: false });
      try {
        const listed = await page.locator('#stories-heading ~ ol > li h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        expect([...listed].sort()).toEqual(articlesMentioning(slug));
        expect(listed.length).toBeGreaterThan(0);
      } finally {
        await close();
      }
    });
  }
});
