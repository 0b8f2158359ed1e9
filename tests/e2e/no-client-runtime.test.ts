/**
 * Pages ship no client framework: in the export (scripts, RSC payload files) and in Chromium
 * (what a page loads, how links navigate). See scripts/postbuild/zero-js.ts.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { THEME_SCRIPT } from '@/components/theme-script';
import { closeBrowser, openPage } from './support/browser';
import { exportPages } from './support/export-pages';
import { samplePageTypes } from './support/page-types';
import { exportRoot } from './support/served';

afterAll(closeBrowser);

const root = exportRoot();
const pages = exportPages(root);
const ENHANCE = /^\/_next\/static\/enhance\/enhance\.[0-9a-f]{16}\.js$/;

describe('the export', () => {
  it('gives every page one module script, the enhancement bundle, and no inline script but the theme one', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page.file, 'utf8');
      // A moved page (lib/moved-pages.ts) is a fixed document the post-build writes: no script at all, nothing to enhance.
      if (/<html[^>]*\sdata-moved-page[\s>]/.test(html)) {
        if (/<script/i.test(html)) problems.push(`${page.urlPath}: a moved page with a script`);
        continue;
      }
      const scripts = parse(html).querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      const external = scripts.filter((s) => s.hasAttribute('src'));
      const inline = scripts.filter((s) => !s.hasAttribute('src'));
      if (external.length !== 1 || !ENHANCE.test(external[0]?.getAttribute('src') ?? '') || external[0]?.getAttribute('type') !== 'module') {
        problems.push(`${page.urlPath}: scripts ${external.map((s) => s.getAttribute('src')).join(', ')}`);
      }
      if (inline.length !== 1 || !inline[0]?.rawText.includes("localStorage.getItem('theme')")) problems.push(`${page.urlPath}: ${inline.length} inline scripts`);
      if (/__next_f|modulepreload|rel="preload" as="script"/.test(readFileSync(page.file, 'utf8'))) problems.push(`${page.urlPath}: runtime markup left`);
    }
    expect(pages.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('has one HTML file per page folder and no RSC payload files', () => {
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/'));
    expect(files.filter((f) => /(^|\/)__next\.[^/]*\.txt$/.test(f) || /(^|\/)index\.txt$/.test(f))).toEqual([]);
    for (const page of pages.filter((p) => p.file.endsWith(`${path.sep}index.html`))) {
      // Share images may sit beside a page; anything else beside it is a leftover.
      const siblings = readdirSync(path.dirname(page.file), { withFileTypes: true }).filter((e) => e.isFile() && !/\.(png|jpe?g|webp)$/.test(e.name)).map((e) => e.name);
      // The home folder is the export root, which also holds robots.txt, icons and the 404 page.
      if (page.urlPath !== '/') expect(siblings, page.urlPath).toEqual(['index.html']);
    }
  });

  it('allows scripts from the site and the theme script’s hash only; WebAssembly only where Pagefind runs', () => {
    const theme = `'sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}'`;
    const problems: string[] = [];
    for (const page of pages) {
      const root = parse(readFileSync(page.file, 'utf8'));
      const policy = root.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      // A moved page (lib/moved-pages.ts) runs nothing, so its policy allows nothing.
      if (root.querySelector('html[data-moved-page]')) {
        if (policy !== "default-src 'none'") problems.push(`${page.urlPath}: moved page policy ${policy}`);
        continue;
      }
      const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src ')) ?? '';
      const wasm = root.querySelector('[data-search]') ? " 'wasm-unsafe-eval'" : '';
      if (scriptSrc !== `script-src 'self'${wasm} ${theme}`) problems.push(`${page.urlPath}: ${scriptSrc}`);
    }
    expect(pages.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('keeps no JavaScript under /_next/ but the enhancement bundle', () => {
    const js = readdirSync(path.join(root, '_next'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(js.map((f) => `/_next/${f.split(path.sep).join('/')}`).filter((f) => !ENHANCE.test(f))).toEqual([]);
    expect(js).toHaveLength(1);
  });
});

describe('in Chromium with JavaScript on', () => {
  for (const [type, urlPath] of Object.entries(samplePageTypes(pages))) {
    it(`the ${type} page loads only the enhancement script and fetches no RSC payload`, async () => {
      const { page, problems, close } = await openPage(urlPath, { javaScript: true });
      try {
        const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
        expect(loaded.filter((p) => p.endsWith('.js'))).toEqual([expect.stringMatching(ENHANCE)]);
        expect(loaded.filter((p) => p.endsWith('.txt'))).toEqual([]);
        expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
      } finally {
        await close();
      }
    });
  }

  it('follows links as plain links: a full page load, and back', async () => {
    const { page, problems, close } = await openPage('/', { javaScript: true });
    try {
      // A marker on window survives only a same-document (client-side) navigation.
      await page.evaluate(() => Reflect.set(window, '__sameDocument', true));
      const link = page.locator('main a[href^="/"]:not([href="/"]):not([href^="/#"])').first();
      const href = await link.getAttribute('href');
      expect(href, 'the home page links to another page').toBeTruthy();
      await Promise.all([page.waitForEvent('load'), link.click()]);
      expect(new URL(page.url()).pathname).toBe(href);
      expect(await page.evaluate(() => Reflect.get(window, '__sameDocument'))).toBeUndefined();
      await page.goBack({ waitUntil: 'load' });
      expect(new URL(page.url()).pathname).toBe('/');
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
    } finally {
      await close();
    }
  });
});
