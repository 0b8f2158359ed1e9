/**
 * Pagefind search on /search/, in Chromium against the nginx-served export:
 * the index holds story bodies only, finds the right stories, highlights the
 * terms, filters and sorts; without JavaScript the page says so.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
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
  // Pagefind's UI shows the first few results and a "Load more results" button: open them all,
  // so the test holds however many stories mention the term.
  for (let more = 0; more < 100 && (await page.locator('button.pagefind-ui__button').count()) > 0; more++) {
    await page.locator('button.pagefind-ui__button').click();
    await page.waitForFunction(() => !document.querySelector('.pagefind-ui__loading'));
  }
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
        // Sub-results (sections of a story) link to the same page with a fragment.
        expect([...new Set(hrefs.map((h) => new URL(h, 'http://x').pathname))].sort()).toEqual(expected);
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

  it('indexes story bodies only: every story once, and none of the header, footer, share or tag text', async () => {
    const { page, close } = await openPage('/search/', { javaScript: true });
    try {
      // A string, so the test runner does not rewrite the browser's dynamic import.
      const found: unknown = await page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search('Belarus');
        return Promise.all(search.results.map(async (r) => { const d = await r.data(); return { url: d.url, content: d.content }; }));
      })()`);
      const results = z.array(z.object({ url: z.string(), content: z.string() })).parse(found);
      expect(results.map((r) => r.url).sort()).toEqual(storiesMentioning('Belarus'));
      for (const { url, content } of results) {
        const story = getArticles().find((a) => paths.article(a.slug) === url);
        const opening = story?.body[0]?.text.replace(/\s+/g, ' ').trim().slice(0, 40) ?? '';
        expect(content.startsWith(opening)).toBe(true);
        for (const chrome of ['Skip to content', 'Belarus Defence Archive', 'Copy link', 'Permalink', '¶', 'Related stories']) expect(content).not.toContain(chrome);
      }
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
      const pages = [...new Set(hrefs.map((h) => new URL(h, 'http://x').pathname))];
      const dates = pages.map((p) => dateOf.get(p)).filter((d): d is string => Boolean(d));
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
