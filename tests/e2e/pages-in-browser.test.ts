import { afterAll, describe, expect, it } from 'vitest';
import { assertNoHorizontalOverflow, closeBrowser, openPage, runAxe } from './support/browser';
import { exportPages } from './support/export-pages';
import { exportRoot } from './support/served';

afterAll(closeBrowser);

const MOBILE = { width: 390, height: 844 };
// /404/ and /_not-found/ are byte-identical copies of /404.html, the page nginx serves for a miss.
const pages = exportPages(exportRoot()).filter((p) => p.kind !== 'redirect' && p.urlPath !== '/404/' && p.urlPath !== '/_not-found/');

describe.each(pages.map((p) => p.urlPath))('%s in Chromium', (urlPath) => {
  it('with JavaScript on: no console, page or CSP errors, no axe violations (WCAG 2.2 AA), no sideways scroll', async () => {
    const { page, problems, close } = await openPage(urlPath, { javaScript: true, viewport: MOBILE });
    try {
      expect(await page.locator('h1').count()).toBeGreaterThan(0);
      expect(await runAxe(page)).toEqual([]);
      await assertNoHorizontalOverflow(page);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
    } finally {
      await close();
    }
  });

  it('in a dark colour scheme: no axe violations (contrast is checked again) and no errors', async () => {
    // A fresh context, so a theme script that reads prefers-color-scheme at load sees dark.
    const { page, problems, close } = await openPage(urlPath, { javaScript: true, viewport: MOBILE, colorScheme: 'dark' });
    try {
      expect(await runAxe(page)).toEqual([]);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
    } finally {
      await close();
    }
  });

  it('with JavaScript off: renders its heading inside <main>, with no CSP refusals and no sideways scroll', async () => {
    const { page, problems, close } = await openPage(urlPath, { javaScript: false, viewport: MOBILE });
    try {
      expect(await page.locator('main h1').count()).toBeGreaterThan(0);
      await assertNoHorizontalOverflow(page);
      expect(problems.cspViolations).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
