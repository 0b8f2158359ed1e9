import { afterAll, describe, expect, it } from 'vitest';
import { assertNoHorizontalOverflow, baseUrl, closeBrowser, openPage, saveScreenshot } from './support/browser';
import { pageTypes } from './reader/page-types';

afterAll(closeBrowser);

/** Chromium logs the document's own 404 as a console error; that one is the point of the page. */
const ownStatusError = (path: string, status: number) => (e: string) => !(status === 404 && e.includes('404') && e.includes(path));

describe('every reader page type, served by nginx', () => {
  for (const type of pageTypes()) {
    for (const javaScript of [true, false]) {
      it(`shows the ${type.name} page's content, with working links and no console errors, with JavaScript ${javaScript ? 'on' : 'off'}`, async () => {
        const { page, problems, close } = await openPage(type.path, { javaScript });
        try {
          expect(await type.check(page)).toEqual([]);
          expect((await page.locator('h1').first().textContent())?.trim()).toBeTruthy();
          const hrefs = [...new Set(await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))];
          const statuses = await Promise.all(hrefs.map(async (href) => [href, (await page.request.get(new URL(href, baseUrl()).href)).status()] as const));
          expect(statuses.filter(([, s]) => s !== 200)).toEqual([]);
          expect({ ...problems, consoleErrors: problems.consoleErrors.filter(ownStatusError(type.path, type.status)) }).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
        } finally {
          await close();
        }
      });
    }

    for (const width of [375, 1280]) {
      it(`lays out the ${type.name} page at ${width} px without horizontal overflow (screenshot saved)`, async () => {
        const { page, close } = await openPage(type.path, { javaScript: true, viewport: { width, height: 900 } });
        try {
          await saveScreenshot(page, `reader-${type.name}-${width}`);
          await assertNoHorizontalOverflow(page);
        } finally {
          await close();
        }
      });
    }
  }
});

describe('printing a story', () => {
  it('drops the navigation and the paragraph links, and prints where each link goes', async () => {
    const article = pageTypes().find((t) => t.name === 'article');
    if (!article) throw new Error('no article page type');
    const { page, close } = await openPage(article.path, { javaScript: false });
    try {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('header nav').isVisible()).toBe(false);
      expect(await page.locator('footer nav').isVisible()).toBe(false);
      expect(await page.locator('a.paragraph-anchor').first().isVisible()).toBe(false);
      const after = await page
        .locator('#related-heading ~ ol a[href^="/articles/"]')
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain('/articles/');
    } finally {
      await close();
    }
  });
});
