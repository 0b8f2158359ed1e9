/**
 * Pagefind search on /search/, in Chromium against the nginx-served export:
 * the index holds story bodies only, finds the right stories, highlights the
 * terms, filters and sorts; without JavaScript the page says so.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { getArticles } from '@/lib/content';
import { paths } from '@/lib/paths';
import { closeBrowser, openPage } from '../support/browser';

afterAll(closeBrowser);

/** Stories whose body has a word starting with `term` (Pagefind matches the last word as a prefix). */
function storiesMentioning(term: string): string[] {
  const word = new RegExp(`(^|[^\\p{L}\\p{N}])${term}`, 'iu');
  return getArticles()
    .filter((a) => a.body.some((b) => word.test(b.text)))
    .map((a) => paths.article(a.slug))
    .sort();
}

async function searchFor(term: string) {
  const opened = await openPage('/search/', { javaScript: true });
  const { page } = opened;
  await page.locator('.pagefind-ui__search-input').fill(term);
  await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
  // Results render in a batch; wait until the count settles.
  await page.waitForFunction(() => !document.querySelector('.pagefind-ui__loading'));
  const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return { ...opened, hrefs };
}

describe('search', () => {
  for (const term of ['STILET', 'Palanez']) {
    it(`finds exactly the stories whose text mentions "${term}", highlights it, and a result opens the story`, async () => {
      const expected = storiesMentioning(term);
      expect(expected.length).toBeGreaterThan(0);
      const { page, hrefs, problems, close } = await searchFor(term);
      try {
        expect(hrefs.map((h) => new URL(h, 'http://x').pathname).sort()).toEqual(expected);
        const marks = await page.locator('.pagefind-ui__result-excerpt mark').allTextContents();
        expect(marks.some((m) => m.toLowerCase().startsWith(term.toLowerCase()))).toBe(true);
        await page.locator('.pagefind-ui__result-link').first().click();
        await page.waitForURL((url) => expected.includes(url.pathname));
        expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
      } finally {
        await close();
      }
    });
  }

  it('indexes story bodies only, not the site header, footer or the 404 page', async () => {
    const { page, close } = await openPage('/search/', { javaScript: true });
    try {
      const urls = await page.evaluate(async () => {
        const bundle = '/pagefind/pagefind.js';
        const pagefind: { search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> } = await import(bundle);
        const found = await pagefind.search('archive');
        return Promise.all(found.results.map(async (r) => (await r.data()).url));
      });
      // "Archive" is in every page's header; only stories whose own text says it may match.
      const expected = storiesMentioning('archive');
      expect(urls.map((u) => new URL(u, 'http://x').pathname).sort()).toEqual(expected);
    } finally {
      await close();
    }
  });

  it('sorts by date when asked, newest first', async () => {
    const { page, close } = await openPage('/search/?q=Belarus&sort=newest', { javaScript: true });
    try {
      await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
      await page.waitForFunction(() => !document.querySelector('.pagefind-ui__loading'));
      const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      const dateOf = new Map(getArticles().map((a) => [paths.article(a.slug), a.datePublished.value]));
      const dates = hrefs.map((h) => dateOf.get(new URL(h, 'http://x').pathname)).filter((d): d is string => Boolean(d));
      expect(dates.length).toBeGreaterThan(1);
      expect(dates).toEqual([...dates].sort().reverse());
      await expect(page.locator('#search-sort').inputValue()).resolves.toBe('newest');
    } finally {
      await close();
    }
  });

  it('without JavaScript, says search needs it and links to the tag index', async () => {
    const { page, close } = await openPage('/search/', { javaScript: false });
    try {
      const notice = page.locator('p', { hasText: 'Search needs JavaScript' });
      await expect(notice.isVisible()).resolves.toBe(true);
      await expect(notice.locator(`a[href="${paths.tags()}"]`).count()).resolves.toBe(1);
    } finally {
      await close();
    }
  });
});
