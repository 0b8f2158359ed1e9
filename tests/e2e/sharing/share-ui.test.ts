/**
 * Copy link, paragraph links and quote links on a story page, in Chromium with
 * clipboard permissions granted, reading back what landed on the clipboard.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { getArticles } from '@/lib/content';
import { paths } from '@/lib/paths';
import { textDirective } from '@/lib/share/text-fragment';
import { baseUrl, closeBrowser, getBrowser } from '../support/browser';
import { siteOrigin } from './export-site';

afterAll(closeBrowser);

const origin = siteOrigin();
// A story with at least two paragraphs, so paragraph 2 exists.
const story = getArticles().find((a) => a.body.filter((b) => b.kind === 'paragraph').length >= 2);
if (!story) throw new Error('the archive has no story with two paragraphs');
const canonical = `${origin}${paths.article(story.slug)}`;

async function openStory(options: { clipboard: boolean }) {
  const context = await (await getBrowser()).newContext({ viewport: { width: 1280, height: 800 } });
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
  else await context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(new URL(paths.article(story?.slug ?? ''), baseUrl()).href, { waitUntil: 'networkidle' });
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  return { page, errors, clipboard, close: () => context.close() };
}

describe('sharing a story', () => {
  it('"Copy link" puts the canonical URL on the clipboard and says so visibly', async () => {
    const { page, clipboard, errors, close } = await openStory({ clipboard: true });
    try {
      await page.locator('[data-share="copy"]').click();
      const status = page.getByRole('status').filter({ hasText: 'Link copied' });
      await status.waitFor();
      await expect(status.isVisible()).resolves.toBe(true);
      await expect(clipboard()).resolves.toBe(canonical);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('falls back when the Clipboard API is missing: still copies or shows the link to copy by hand', async () => {
    const { page, close } = await openStory({ clipboard: false });
    try {
      await page.locator('[data-share="copy"]').click();
      const copied = page.getByRole('status').filter({ hasText: 'Link copied' });
      const manual = page.locator('[data-share-buttons] input[readonly]');
      await page.waitForFunction(() => document.querySelector('[data-share-buttons] input[readonly]') || document.querySelector('[data-share-buttons] [role="status"]')?.textContent);
      const shownManually = (await manual.count()) > 0 ? await manual.inputValue() : null;
      expect((await copied.count()) > 0 || shownManually === canonical).toBe(true);
    } finally {
      await close();
    }
  });

  it('a paragraph’s link button copies the URL of that paragraph', async () => {
    const { page, clipboard, close } = await openStory({ clipboard: true });
    try {
      await page.locator('[data-share-scope] a[href="#p-2"]').click();
      await page.locator('[data-share-status="paragraph"]', { hasText: 'paragraph 2 copied' }).waitFor();
      await expect(clipboard()).resolves.toBe(`${canonical}#p-2`);
      expect(new URL(page.url()).hash).toBe('#p-2');
    } finally {
      await close();
    }
  });

  it('selecting text offers a quote link with a text fragment for exactly that passage', async () => {
    const { page, clipboard, close } = await openStory({ clipboard: true });
    try {
      const selected = await page.evaluate(() => {
        const paragraph = document.querySelector('[data-share-scope] #p-2');
        const text = paragraph ? document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT).nextNode() : null;
        if (!text?.textContent) throw new Error('paragraph 2 has no text');
        const words = text.textContent.split(' ').slice(0, 6).join(' ');
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, words.length);
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return words;
      });
      const button = page.locator('[data-share="quote"]');
      await button.waitFor();
      await button.click();
      await page.locator('[data-share-status="quote"]', { hasText: 'quote copied' }).waitFor();
      await expect(clipboard()).resolves.toBe(`${canonical}#:~:${textDirective(selected)}`);
    } finally {
      await close();
    }
  });
});
