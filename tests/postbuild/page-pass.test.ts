import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { THEME_SCRIPT } from '@/components/theme-script';
import { policyFor, withCspMeta } from '@/scripts/postbuild/csp';
import { passPage } from '@/scripts/postbuild/page-pass';
import { stripNextRuntime } from '@/scripts/postbuild/strip-runtime';
import { passPagesInWorkers } from '@/scripts/postbuild/zero-js';

const ENHANCE = '/_next/static/enhance/enhance.0123456789abcdef.js';

/** A page in the shape Next 16's static export writes (hand-written; only the structure matters). */
function exportedPage(parts: { head?: string; body?: string; payload?: boolean } = {}): string {
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/aa11.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/bb22.js"/>',
    '<script src="/_next/static/chunks/cc33.js" async=""></script>',
    `<script>${THEME_SCRIPT}</script><title>A page</title>`,
    parts.head ?? '',
    '</head><body><div hidden=""><!--$--><!--/$--></div><main id="main">',
    parts.body ?? '<h1>A page</h1><p>Text <!-- -->here.</p>',
    '<script type="application/ld+json">{"@type":"WebPage"}</script>',
    '</main>',
    '<script>(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
    parts.payload === false ? '' : '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '</body></html>',
  ].join('');
}

/** Pages whose policies differ: plain, inline styles and style attributes, the search page, markup inside <pre> and <noscript>. */
const PAGES: Record<string, string> = {
  plain: exportedPage(),
  styled: exportedPage({
    head: '<style>.a{color:red}</style><style>.b{color:blue}</style>',
    body: '<h1 style="margin:0">404</h1><div style="display:inline-block"><p style="margin:1px">Not found</p></div><style>.a{color:red}</style>',
  }),
  search: exportedPage({ body: '<div data-search=""><input type="search"/></div>' }),
  'pre-and-noscript': exportedPage({
    body: '<pre>a &lt; b <span style="color:green">code</span></pre><noscript><p style="font-weight:bold">No JS</p><style>.n{}</style></noscript>',
  }),
};

describe('passPage', () => {
  for (const [name, html] of Object.entries(PAGES)) {
    it(`gives the ${name} page the same HTML as stripping it and then adding its CSP did`, () => {
      const before = withCspMeta(stripNextRuntime(html, `/${name}/`, ENHANCE).html);
      expect(passPage(html, `/${name}/`, ENHANCE).html).toBe(before);
    });
  }

  it('hashes the final page: style attributes and inline styles are allowed, the runtime scripts are not', () => {
    const { html } = passPage(PAGES.styled ?? '', '/styled/', ENHANCE);
    const policy = /content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(policy.match(/'sha256-/g)).toHaveLength(1 + 2 + 3); // the theme script, two distinct <style>s, three distinct style attributes
    expect(policy).toContain("style-src-attr 'unsafe-hashes'");
    expect(policyFor(html.replace(/<meta http-equiv[^>]*>/, ''))).toBe(policy);
  });

  it('lets only the search page compile WebAssembly, and sees the style attributes inside <pre> and <noscript>', () => {
    expect(passPage(PAGES.search ?? '', '/search/', ENHANCE).html).toContain("'wasm-unsafe-eval'");
    expect(passPage(PAGES.plain ?? '', '/', ENHANCE).html).not.toContain("'wasm-unsafe-eval'");
    expect(passPage(PAGES.plain ?? '', '/', ENHANCE).html).toContain("style-src-attr 'none'");
    const pre = passPage(PAGES['pre-and-noscript'] ?? '', '/pre/', ENHANCE).html;
    expect(/style-src-attr 'unsafe-hashes'( 'sha256-[^']+'){2};/.test(pre)).toBe(true);
  });
});

describe('passPagesInWorkers', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'page-pass-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (rel: string, html: string) => {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, html);
    return file;
  };

  // Each run starts real worker threads that load TypeScript through tsx: seconds, not milliseconds.
  it('rewrites every page in place, as passPage would, on two workers', { timeout: 60_000 }, async () => {
    const files = Object.entries(PAGES).map(([name, html]) => write(`ok/${name}/index.html`, html));
    const { payloads, refs } = await passPagesInWorkers(root, files, ENHANCE, 2);
    expect(payloads).toBe(files.length);
    expect([...refs].sort()).toEqual(['/_next/static/chunks/aa11.css', ENHANCE]);
    for (const [name, html] of Object.entries(PAGES)) {
      expect(readFileSync(path.join(root, `ok/${name}/index.html`), 'utf8')).toBe(passPage(html, `/ok/${name}/index.html`, ENHANCE).html);
    }
  });

  it('fails with the name of the page a worker could not pass', { timeout: 60_000 }, async () => {
    const files = [write('bad/a/index.html', exportedPage()), write('bad/b/index.html', exportedPage({ payload: false })), write('bad/c/index.html', exportedPage())];
    await expect(passPagesInWorkers(root, files, ENHANCE, 2)).rejects.toThrow(/\/bad\/b\/index\.html: no inline RSC payload/);
    await expect(passPagesInWorkers(root, files, ENHANCE, 1)).rejects.toMatchObject({ name: 'NextOutputChanged' });
  });
});
