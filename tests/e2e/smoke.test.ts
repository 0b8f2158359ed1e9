import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage, saveScreenshot } from './support/browser';

afterAll(closeBrowser);

describe('the home page served by nginx', () => {
  for (const javaScript of [true, false]) {
    it(`renders its heading and article links with JavaScript ${javaScript ? 'on' : 'off'}, without errors`, async () => {
      const { page, problems, close } = await openPage('/', { javaScript });
      try {
        await expect(page.locator('h1').first().textContent()).resolves.toMatch(/\S/);
        expect(await page.locator('main a[href^="/"]').count()).toBeGreaterThan(0);
        await saveScreenshot(page, `home-js-${javaScript ? 'on' : 'off'}`);
        expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
      } finally {
        await close();
      }
    });
  }
});
