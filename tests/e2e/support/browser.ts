/**
 * The shared browser harness: one headless Chromium per test file, pages opened against the
 * nginx-served export, and every console error, page error and CSP violation collected.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { baseUrl } from './served';

import { CHROMIUM_ARGS } from './chromium';

export { COLOUR_RULES, runAxe, settled, type AxeFinding } from './axe';
export { baseUrl } from './served';

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../../test-results/screenshots');

/** What went wrong while a page was open. Every list should be empty on a healthy page. */
export type PageProblems = {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
};

export type OpenPageOptions = {
  javaScript: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Another served site than the main export (e.g. the hostile fixture build). */
  base?: string;
};

export type OpenedPage = {
  page: Page;
  context: BrowserContext;
  problems: PageProblems;
  /** Messages of any alert/confirm/prompt the page opened (each is dismissed). */
  dialogs: string[];
  /** Closes the page's context (its cookies, storage and listeners go with it). */
  close: () => Promise<void>;
};

let browser: Promise<Browser> | undefined;

/** The Chromium for this test file, launched on first use. */
export function getBrowser(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return browser;
}

/** Closes this file's Chromium; call it in `afterAll`. */
export async function closeBrowser(): Promise<void> {
  if (!browser) return;
  const b = await browser;
  browser = undefined;
  await b.close();
}

/** Opens `urlPath` (e.g. `/articles/x/`) in a fresh context and waits for the network to settle. */
export async function openPage(urlPath: string, options: OpenPageOptions): Promise<OpenedPage> {
  const context = await (await getBrowser()).newContext({
    javaScriptEnabled: options.javaScript,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    problems.cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = Reflect.get(window, '__reportCspViolation');
      if (typeof report === 'function') report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = `${message.text()} @ ${message.location().url}`;
    problems.consoleErrors.push(text);
    // With JavaScript off no event fires, but Chromium still logs every CSP refusal.
    if (/Content Security Policy/i.test(text)) problems.cspViolations.push(text);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // With JavaScript on, wait for hydration and prefetches to settle; without it, `load` is the end.
  const waitUntil = options.javaScript ? 'networkidle' : 'load';
  const response = await page.goto(new URL(urlPath, options.base ?? baseUrl()).href, { waitUntil });
  if (!response) throw new Error(`no response for ${urlPath}`);
  return { page, context, problems, dialogs, close: () => context.close() };
}

/** Throws when the document is wider than the viewport (text or media forcing a sideways scroll). */
export async function assertNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, clientWidth, culprit } = await page.evaluate(() => {
    const root = document.documentElement;
    // The deepest element that is wider than the viewport or whose own content spills out of it.
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 || el.scrollWidth > el.clientWidth + 1)
      .at(-1);
    const describe = wide ? `${wide.tagName.toLowerCase()}${wide.id ? `#${wide.id}` : ''}.${[...wide.classList].join('.')}` : 'none';
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprit: describe };
  });
  if (scrollWidth > clientWidth) {
    throw new Error(`${page.url()} overflows horizontally: ${scrollWidth}px > ${clientWidth}px (first wide element: ${culprit})`);
  }
}

/** Saves a full-page screenshot as test-results/screenshots/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^a-z0-9-]+/gi, '_')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
