/**
 * axe-core in a Playwright page, limited to WCAG 2.2 level A and AA rules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One failed axe rule, with enough of each offending node to find it in the page. */
export type AxeFinding = { id: string; impact: string | null; help: string; nodes: string[] };

/** The WCAG 2.2 AA rules whose outcome depends on colours, for a re-run after a colour-scheme switch. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe-core on the page as it is now and returns its violations (empty when the page passes).
 * The script goes in through the DevTools protocol, so the page's own CSP does not block it.
 * `rules` narrows the run to named rules (e.g. a second, colour-only pass in dark mode).
 */
export async function runAxe(page: Page, options: { rules?: string[] } = {}): Promise<AxeFinding[]> {
  await settled(page);
  if (!(await page.evaluate(() => Reflect.has(window, 'axe')))) await page.evaluate(axeSource);
  const runOnly = options.rules ? { type: 'rule', values: options.rules } : { type: 'tag', values: WCAG_22_AA };
  return page.evaluate(async (only) => {
    const axe = Reflect.get(window, 'axe');
    const results = await axe.run(document, { runOnly: only, resultTypes: ['violations'] });
    return results.violations.map((v: { id: string; impact: string | null; help: string; nodes: { target: unknown; html: string }[] }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.html.slice(0, 160)}`),
    }));
  }, runOnly);
}

/** Waits until the page's fonts are loaded and two frames have been laid out: sizes measured before that can be a loaded machine's half-styled page. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  });
}
