/**
 * The pages this feature adds or changes, in both colour schemes, with and
 * without JavaScript: no console or page errors and no CSP violations; with
 * JavaScript (axe needs it) no WCAG 2.2 AA findings either — on the search page
 * with results shown and on a story with its quote-link button on screen.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { getArticles } from '@/lib/content';
import { paths } from '@/lib/paths';
import { closeBrowser, openPage, runAxe } from '../support/browser';

afterAll(closeBrowser);

const story = getArticles()[0];
if (!story) throw new Error('empty archive');
const clean = { consoleErrors: [], pageErrors: [], cspViolations: [] };

describe.each(['light', 'dark'] as const)('in the %s scheme', (colorScheme) => {
  for (const javaScript of [true, false]) {
    it(`the search page is clean with JavaScript ${javaScript ? 'on (results showing)' : 'off'}`, async () => {
      const { page, problems, close } = await openPage(javaScript ? '/search/?q=STILET' : '/search/', { javaScript, colorScheme });
      try {
        if (javaScript) {
          await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
          expect(await runAxe(page)).toEqual([]);
        } else {
          await expect(page.locator('p', { hasText: 'Search needs JavaScript' }).isVisible()).resolves.toBe(true);
        }
        expect(problems).toEqual(clean);
      } finally {
        await close();
      }
    });

    it(`a story with its share controls is clean with JavaScript ${javaScript ? 'on' : 'off'}`, async () => {
      const { page, problems, close } = await openPage(paths.article(story.slug), { javaScript, colorScheme });
      try {
        if (javaScript) {
          // Show the quote button and the paragraph-link toast, so axe sees them too.
          await page.evaluate(() => {
            const text = document.querySelector('[data-share-scope] p');
            const node = text ? document.createTreeWalker(text, NodeFilter.SHOW_TEXT).nextNode() : null;
            if (!node?.textContent) return;
            const range = document.createRange();
            range.setStart(node, 0);
            range.setEnd(node, Math.min(20, node.textContent.length));
            document.getSelection()?.addRange(range);
          });
          await page.locator('[data-share="quote"]').waitFor();
          expect(await runAxe(page)).toEqual([]);
        } else {
          await expect(page.locator('[data-share="copy"]').isVisible()).resolves.toBe(false);
          await expect(page.locator('[data-share-buttons] a[rel="bookmark"]').isVisible()).resolves.toBe(true);
        }
        expect(problems).toEqual(clean);
      } finally {
        await close();
      }
    });
  }
});
