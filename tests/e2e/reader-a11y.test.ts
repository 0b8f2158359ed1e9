import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage, runAxe, saveScreenshot } from './support/browser';
import { pageTypes } from './reader/page-types';

afterAll(closeBrowser);

describe('accessibility of every reader page type (axe-core, WCAG 2.2 A/AA)', () => {
  for (const type of pageTypes()) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`finds no violations on the ${type.name} page in the ${colorScheme} theme`, async () => {
        const { page, close } = await openPage(type.path, { javaScript: true, colorScheme });
        try {
          // Open every disclosure so the text inside is checked too.
          await page.locator('details').evaluateAll((ds) => ds.forEach((d) => d.setAttribute('open', '')));
          expect(await runAxe(page)).toEqual([]);
        } finally {
          await close();
        }
      });
    }
  }
});

describe('the theme switch', () => {
  it('follows the system theme with JavaScript off', async () => {
    const { page, close } = await openPage('/', { javaScript: false, colorScheme: 'dark' });
    try {
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).not.toBe('rgb(250, 250, 249)');
      // It could not work without JavaScript, so it is not offered.
      expect(await page.locator('header button[aria-pressed]').isVisible()).toBe(false);
    } finally {
      await close();
    }
  });

  it('switches to dark, remembers it on the next page, and applies it before first paint', async () => {
    const { page, close } = await openPage('/', { javaScript: true, colorScheme: 'light' });
    try {
      const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const toggle = page.locator('header button[aria-pressed]');
      await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
      await toggle.click();
      await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
      const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(darkBg).not.toBe(lightBg);
      // The saved theme must already be on <html> when the parser reaches <body>: no flash.
      await page.addInitScript(() => {
        const seen = new MutationObserver(() => {
          if (!document.body) return;
          Reflect.set(window, '__themeAtParse', document.documentElement.dataset.theme ?? null);
          seen.disconnect();
        });
        seen.observe(document, { childList: true, subtree: true });
      });
      await page.goto(new URL('/tags/', page.url()).href, { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => Reflect.get(window, '__themeAtParse'))).toBe('dark');
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBg);
      await saveScreenshot(page, 'reader-theme-dark-after-toggle');
    } finally {
      await close();
    }
  });
});

describe('keyboard use', () => {
  it('offers a visible skip link first, which moves focus to the main content', async () => {
    const { page, close } = await openPage('/', { javaScript: false });
    try {
      await page.keyboard.press('Tab');
      const skip = page.locator(':focus');
      expect(await skip.textContent()).toBe('Skip to content');
      const box = await skip.boundingBox();
      expect(box && box.width > 20 && box.height > 10).toBe(true);
      await page.keyboard.press('Enter');
      expect(new URL(page.url()).hash).toBe('#main');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    } finally {
      await close();
    }
  });

  it('draws a visible focus outline on links', async () => {
    const { page, close } = await openPage('/', { javaScript: false });
    try {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement;
        return el ? getComputedStyle(el).outlineStyle : 'none';
      });
      expect(outline).not.toBe('none');
    } finally {
      await close();
    }
  });
});
