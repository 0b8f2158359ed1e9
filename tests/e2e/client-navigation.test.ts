import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './support/browser';

afterAll(closeBrowser);

describe('client-side navigation under the Content-Security-Policy', () => {
  it('follows links from the home page without a full reload, and back, with no CSP violations or errors', async () => {
    const { page, problems, close } = await openPage('/', { javaScript: true });
    try {
      // A marker on window survives client navigation and is lost on a full page load.
      await page.evaluate(() => Reflect.set(window, '__sameDocument', true));
      const link = page.locator('main a[href^="/"]:not([href="/"]):not([href^="/#"])').first();
      const href = await link.getAttribute('href');
      expect(href, 'the home page links to another page').toBeTruthy();
      const homeHeading = await page.locator('h1').first().innerText();

      await link.click();
      await page.waitForURL((url) => url.pathname === href);
      await page.waitForFunction((old) => document.querySelector('h1')?.textContent !== old, homeHeading);
      expect(await page.evaluate(() => Reflect.get(window, '__sameDocument'))).toBe(true);

      // One more hop from the new page, then back twice.
      const next = page.locator(`main a[href^="/"]:not([href="${href}"]):not([href^="/#"])`).first();
      if ((await next.count()) > 0) {
        const nextHref = await next.getAttribute('href');
        await next.click();
        await page.waitForURL((url) => url.pathname === nextHref);
        await page.goBack();
      }
      await page.goBack();
      await page.waitForURL((url) => url.pathname === '/');
      await page.waitForFunction((old) => document.querySelector('h1')?.textContent === old, homeHeading);
      expect(await page.evaluate(() => Reflect.get(window, '__sameDocument'))).toBe(true);
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
    } finally {
      await close();
    }
  });
});
