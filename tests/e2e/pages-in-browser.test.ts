import { afterAll, describe, expect, it } from 'vitest';
import { assertNoHorizontalOverflow, closeBrowser, COLOUR_RULES, openPage, runAxe } from './support/browser';
import { exportPages } from './support/export-pages';
import { samplePerShape, spreadPerShape } from './support/page-types';
import { exportRoot } from './support/served';

afterAll(closeBrowser);

const MOBILE = { width: 390, height: 844 };
// /404/ and /_not-found/ are byte-identical copies of /404.html, the page nginx serves for a miss.
const pages = exportPages(exportRoot())
  .filter((p) => p.kind !== 'redirect' && p.urlPath !== '/404/' && p.urlPath !== '/_not-found/')
  .map((p) => p.urlPath);

// Axe in Chromium costs seconds a page, so the JavaScript-on check visits a fixed sample: up to
// PER_SHAPE pages of every page shape (home, a story, a tag page, a tag's later page, the timeline…),
// spread over each shape's sorted paths, so a larger archive adds no time here. (Static checks that
// are cheap per page, such as html-validity and site-links, still read every page.)
const PER_SHAPE = 12;

describe.each(spreadPerShape(pages, PER_SHAPE))('%s in Chromium', (urlPath) => {
  it('with JavaScript on, light and dark: no console, page or CSP errors, no axe violations (WCAG 2.2 AA), no sideways scroll', async () => {
    const { page, problems, close } = await openPage(urlPath, { javaScript: true, viewport: MOBILE });
    try {
      expect(await page.locator('h1').count()).toBeGreaterThan(0);
      expect(await runAxe(page)).toEqual([]);
      await assertNoHorizontalOverflow(page);
      // The site's dark theme follows prefers-color-scheme through CSS media queries (a saved choice
      // overrides it), so switching the emulated scheme restyles the page in place.
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await runAxe(page, { rules: COLOUR_RULES })).toEqual([]);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
    } finally {
      await close();
    }
  });
});

// Without JavaScript every page is the same static HTML as with it, so two pages of each shape
// (home, a story, a tag page, a tag's second page, the timeline, the 404 page…) stand for the rest.
describe.each(samplePerShape(pages))('%s without JavaScript', (urlPath) => {
  it('renders its heading inside <main>, with no CSP refusals and no sideways scroll', async () => {
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
