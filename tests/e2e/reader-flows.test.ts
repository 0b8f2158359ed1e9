import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage, saveScreenshot } from './support/browser';
import { builtStories } from './support/built-stories';
import { exportRoot } from './support/served';
import { FEATURED_ENTITIES } from '@/lib/featured';
import { PAGE_SIZE } from '@/lib/pagination';
import { paths } from '@/lib/paths';

afterAll(closeBrowser);

/** The story page of the export that links the most tags (ties: first by path), with at least one paragraph. */
function richestStory(): string {
  const [story] = builtStories(exportRoot())
    .filter((s) => s.blocks.length > 0)
    .sort((a, b) => b.tagLinks.size - a.tagLinks.size || a.urlPath.localeCompare(b.urlPath));
  if (!story) throw new Error('the export has no story page');
  return story.urlPath;
}

/** The first featured entity with a tag page in the export. */
function featuredTag(): string {
  const slug = FEATURED_ENTITIES.find((s) => existsSync(path.join(exportRoot(), 'tags', s, 'index.html')));
  if (!slug) throw new Error('none of the featured entities has a tag page');
  return paths.tag(slug);
}

/**
 * The featured entity the flow follows, read from the exported timeline's first page: one with a
 * filter chip there, preferring the one that tags the fewest of that page's entries but some (so the
 * filter visibly hides and keeps entries); when no featured entity tags any entry on that page (the
 * newest stories may name none of them), the first featured entity with a chip.
 */
function flowEntity(): { slug: string; name: string } {
  const root = parse(readFileSync(path.join(exportRoot(), 'timeline', 'index.html'), 'utf8'));
  const entries = root.querySelectorAll('.timeline-entry').map((el) => (el.getAttribute('data-entities') ?? '').split(' '));
  const chips = root
    .querySelectorAll('[data-timeline-filter] a[data-filter-chip]')
    .map((a) => ({ slug: a.getAttribute('data-filter-chip') ?? '', name: a.text.trim() }))
    .filter((chip) => FEATURED_ENTITIES.includes(chip.slug));
  const tagged = (slug: string) => entries.filter((e) => e.includes(slug)).length;
  const [narrow] = chips.filter((c) => tagged(c.slug) > 0).sort((a, b) => tagged(a.slug) - tagged(b.slug));
  const entity = narrow ?? chips[0];
  if (!entity) throw new Error('the timeline offers no featured entity to filter by');
  return entity;
}

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
      const entity = flowEntity();
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
          await page.locator('button[aria-pressed]', { hasText: entity.name }).first().click();
          await expect(page.locator(`button[aria-pressed="true"]`).first().textContent()).resolves.toBe(entity.name);
          const visible = await page.locator('.timeline-entry:visible').count();
          expect(visible).toBe(tagged);
          // The count is said, so an empty page (none of its entries tagged) still reads right.
          await expect(page.locator('[data-filter-status]').textContent()).resolves.toContain(`${tagged} ${tagged === 1 ? 'story' : 'stories'} on this page tagged ${entity.name}`);
          // Every entry left visible is tagged with the entity.
          const tags = await page.locator('.timeline-entry:visible').evaluateAll((els) => els.map((el) => el.getAttribute('data-entities') ?? ''));
          expect(tags.every((t) => t.split(' ').includes(entity.slug))).toBe(true);
          await saveScreenshot(page, 'reader-flow-timeline-filtered');
          await clickAndWait(page, `a[href="${paths.tag(entity.slug)}"]:visible`);
        } else {
          await clickAndWait(page, `[data-timeline-filter] a[href="${paths.tag(entity.slug)}"]`);
        }
        // An entity's timeline is its tag pages: its stories newest first, a page at a time.
        expect(pathOf(page)).toBe(paths.tag(entity.slug));
        const listed = await page.locator('#stories-heading ~ ol > li').count();
        expect(listed).toBeGreaterThan(0);
        expect(listed).toBeLessThanOrEqual(PAGE_SIZE);

        await clickAndWait(page, '#stories-heading ~ ol a[href^="/articles/"]:not([href*="#"])');
        expect(pathOf(page)).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
        expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
      } finally {
        await close();
      }
    });
  }

  it('lands a paragraph’s own anchor link on that paragraph', async () => {
    const { page, close } = await openPage(richestStory(), { javaScript: false, viewport: { width: 1280, height: 700 } });
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
    const { page, close } = await openPage(featuredTag(), { javaScript: true });
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
