import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage, saveScreenshot } from './support/browser';
import { featuredEntity, narrowFeaturedEntity, richestArticle } from './reader/page-types';
import { PAGE_SIZE } from '@/lib/pagination';
import { paths } from '@/lib/paths';

afterAll(closeBrowser);

const pathOf = (page: Page) => new URL(page.url()).pathname;

async function clickAndWait(page: Page, selector: string): Promise<void> {
  const link = page.locator(selector).first();
  await link.waitFor();
  const before = page.url();
  await Promise.all([page.waitForURL((url) => url.href !== before), link.click()]);
  await page.waitForLoadState('networkidle');
}

describe('reading flows in Chromium', () => {
  for (const javaScript of [true, false]) {
    it(`goes home → tag → article → related article → timeline → entity filter → article, JavaScript ${javaScript ? 'on' : 'off'}`, async () => {
      const entity = narrowFeaturedEntity();
      const { page, problems, close } = await openPage('/', { javaScript });
      try {
        await clickAndWait(page, `main a[href="${paths.tag(entity.slug)}"]`);
        expect(pathOf(page)).toBe(paths.tag(entity.slug));

        await clickAndWait(page, '#stories-heading ~ ol a[href^="/articles/"]:not([href*="#"])');
        expect(pathOf(page)).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
        const firstArticle = pathOf(page);

        await clickAndWait(page, '#related-heading ~ ol a[href^="/articles/"]');
        expect(pathOf(page)).not.toBe(firstArticle);

        await clickAndWait(page, 'header a[href="/timeline/"]');
        expect(pathOf(page)).toBe(paths.timeline());
        const all = await page.locator('.timeline-entry').count();

        if (javaScript) {
          // Enhanced: the chip filters in place, then links on to the entity's own timeline.
          // Entries on this page tagged with the entity, read from the server-rendered markup.
          const tagged = await page.locator('.timeline-entry').evaluateAll(
            (els, slug) => els.filter((el) => (el.getAttribute('data-entities') ?? '').split(' ').includes(slug)).length,
            entity.slug,
          );
          expect(tagged).toBeGreaterThan(0);
          await page.locator('button[aria-pressed]', { hasText: entity.name }).first().click();
          await expect(page.locator(`button[aria-pressed="true"]`).first().textContent()).resolves.toBe(entity.name);
          const visible = await page.locator('.timeline-entry:visible').count();
          expect(visible).toBe(tagged);
          // Every entry left visible is tagged with the entity.
          const tags = await page.locator('.timeline-entry:visible').evaluateAll((els) => els.map((el) => el.getAttribute('data-entities') ?? ''));
          expect(tags.every((t) => t.split(' ').includes(entity.slug))).toBe(true);
          await saveScreenshot(page, 'reader-flow-timeline-filtered');
          await clickAndWait(page, `a[href="${paths.tag(entity.slug)}"]:visible`);
        } else {
          await clickAndWait(page, `[data-timeline-filter] a[href="${paths.tag(entity.slug)}"]`);
        }
        // An entity's timeline is its tag pages: its stories newest first, 20 a page.
        expect(pathOf(page)).toBe(paths.tag(entity.slug));
        expect(await page.locator('#stories-heading ~ ol > li').count()).toBe(Math.min(entity.articles.length, PAGE_SIZE));

        await clickAndWait(page, '#stories-heading ~ ol a[href^="/articles/"]:not([href*="#"])');
        expect(pathOf(page)).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
        expect(entity.articles.length).toBeGreaterThan(0);
        expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
      } finally {
        await close();
      }
    });
  }

  it('lands a paragraph’s own anchor link on that paragraph', async () => {
    const article = richestArticle();
    const { page, close } = await openPage(paths.article(article.slug), { javaScript: false, viewport: { width: 1280, height: 700 } });
    try {
      const paragraphs = await page.locator('main p[id^="p-"]').count();
      const n = Math.min(3, paragraphs);
      const anchor = page.locator(`#p-${n} > a.paragraph-anchor`);
      await anchor.focus();
      // Hidden until focus, then faded in (a short CSS transition).
      await expect.poll(() => anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
      await anchor.click();
      expect(new URL(page.url()).hash).toBe(`#p-${n}`);
      const top = await page.locator(`#p-${n}`).evaluate((p) => p.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(100);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(`p-${n}`);
    } finally {
      await close();
    }
  });

  it('follows a mention snippet on a tag page to the paragraph that holds the mention', async () => {
    const entity = featuredEntity();
    const { page, close } = await openPage(paths.tag(entity.slug), { javaScript: true });
    try {
      const snippet = page.locator('main a[href*="#p-"]:has(mark)').first();
      const mark = (await snippet.locator('mark').first().textContent()) ?? '';
      await clickAndWait(page, 'main a[href*="#p-"]:has(mark)');
      const target = page.locator(':target');
      expect(await target.textContent()).toContain(mark);
      const box = await target.boundingBox();
      expect(box && box.y >= 0 && box.y < 200).toBe(true);
    } finally {
      await close();
    }
  });
});
