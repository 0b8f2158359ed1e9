import { afterAll, describe, expect, it } from 'vitest';
import { getArticles, getEntity, getStoryJoins } from '@/lib/content';
import { FEATURED_ENTITIES } from '@/lib/featured';
import { paths } from '@/lib/paths';
import { closeBrowser, openPage } from './support/browser';

afterAll(closeBrowser);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An oracle independent of the tagger: the articles whose own text (headline and cleaned
 * body, not the boilerplate and related-story blocks the cleaner cut) contains the entity's
 * name or an alias as a whole word (case-sensitive, as written in the gazetteer).
 */
function articlesMentioning(slug: string): string[] {
  const entity = getEntity(slug);
  if (!entity) return [];
  const names = [entity.name, ...entity.aliases].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return getArticles()
    // A republished copy is listed once, under its original (README, Republications).
    .filter((a) => getStoryJoins(a).republished.copyOf === null)
    .filter((a) => pattern.test(a.title.value) || a.body.some((b) => pattern.test(b.text)))
    .map((a) => `/articles/${a.slug}/`)
    .sort();
}

describe('the requested tag pages', () => {
  for (const slug of FEATURED_ENTITIES) {
    it(`lists on /tags/${slug}/ exactly the stories whose own text mentions it, across all its pages`, async () => {
      expect(getEntity(slug), `${slug} is in the archive`).toBeDefined();
      const { page, close } = await openPage(paths.tag(slug), { javaScript: false });
      try {
        // Walk the tag's static pages through their rel=next links: its first page (the latest), then the
        // numbered pages from the newest down to page 1, which between them hold every story once.
        const perPage: string[][] = [];
        for (let pages = 0; pages < 1_000; pages++) {
          perPage.push(await page.locator('#stories-heading ~ ol > li h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')));
          const next = (await page.locator('link[rel="next"]').count()) ? await page.locator('link[rel="next"]').getAttribute('href') : null;
          if (!next) break;
          await page.goto(new URL(next, page.url()).href);
        }
        // With numbered pages, the first page repeats the newest of them.
        const listed = (perPage.length > 1 ? perPage.slice(1) : perPage).flat();
        expect([...listed].sort()).toEqual(articlesMentioning(slug));
        expect(new Set(listed).size).toBe(listed.length);
        expect(listed.length).toBeGreaterThan(0);
      } finally {
        await close();
      }
    });
  }
});
