import { describe, expect, it } from 'vitest';
import { THEME_SCRIPT } from '@/components/theme-script';
import { NextOutputChanged, stripNextRuntime } from '@/scripts/postbuild/strip-runtime';
import { looksLikeRscPayload } from '@/scripts/postbuild/zero-js';

const ENHANCE = '/_next/static/enhance/enhance.0123456789abcdef.js';

/** A page in the shape Next 16's static export writes (hand-written; only the structure matters). */
function exportedPage(parts: { head?: string; body?: string; payload?: boolean; runtime?: boolean; theme?: boolean } = {}): string {
  const runtime = parts.runtime ?? true;
  const payload = parts.payload ?? true;
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/aa11.css" data-precedence="next"/>',
    runtime ? '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/bb22.js"/>' : '',
    runtime ? '<script src="/_next/static/chunks/cc33.js" async=""></script><script src="/_next/static/chunks/dd44.js" noModule=""></script>' : '',
    parts.theme === false ? '' : `<script>${THEME_SCRIPT}</script>`,
    '<title>A story</title>',
    parts.head ?? '',
    '</head><body class="font-sans"><div hidden=""><!--$--><!--/$--></div><main id="main">',
    '<h1>A story</h1><p id="p-1">First <!-- -->line &amp; more.</p><pre>  kept\n  as is</pre>',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A story"}</script>',
    parts.body ?? '',
    '</main>',
    runtime ? '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/bb22.js"]});</script>' : '',
    payload ? '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>' : '',
    '</body></html>',
  ].join('');
}

describe('stripNextRuntime', () => {
  it('takes out the runtime scripts, their preloads, the RSC payload and React comments, and adds the enhancement module', () => {
    const { html, stripped, assets } = stripNextRuntime(exportedPage(), '/articles/a/', ENHANCE);
    expect(html).not.toMatch(/__next_f|TURBOPACK|chunks\/[a-z0-9]+\.js|<!--/);
    expect(stripped).toEqual({ runtimeScripts: 2, payloadScripts: 2, preloads: 1 });
    expect(html).toContain(`<script type="module" src="${ENHANCE}"></script></head>`);
    expect(assets.sort()).toEqual(['/_next/static/chunks/aa11.css', ENHANCE]);
  });

  it('keeps the theme script, JSON-LD, the stylesheet and the text exactly', () => {
    const { html } = stripNextRuntime(exportedPage(), '/articles/a/', ENHANCE);
    expect(html).toContain(`<script>${THEME_SCRIPT}</script>`);
    expect(html).toContain('<script type="application/ld+json">{"@type":"NewsArticle","headline":"A story"}</script>');
    expect(html).toContain('href="/_next/static/chunks/aa11.css"');
    expect(html).toContain('<p id="p-1">First line &amp; more.</p><pre>  kept\n  as is</pre>');
    expect(html.startsWith('<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8">')).toBe(true);
  });

  it('takes out a payload script whose body holds a "<" like any other, and counts it once', () => {
    const page = exportedPage({ body: '<script>self.__next_f.push([1,"a<b"])</script>' });
    const { html, stripped } = stripNextRuntime(page, '/', ENHANCE);
    expect(html).not.toContain('__next_f');
    expect(stripped.payloadScripts).toBe(3);
  });

  it('keeps text that only reads like a payload script: escaped in a <pre>, or inside JSON-LD', () => {
    const pre = '<pre>&lt;script&gt;self.__next_f.push([1])&lt;/script&gt;</pre>';
    const ld = '<script type="application/ld+json">{"text":"\\u003cscript>self.__next_f.push([1])"}</script>';
    const { html, stripped } = stripNextRuntime(exportedPage({ body: pre + ld }), '/', ENHANCE);
    expect(html).toContain(pre);
    expect(html).toContain(ld);
    expect(stripped.payloadScripts).toBe(2);
  });

  it('fails loudly when a page has no RSC payload, as a changed Next would write', () => {
    expect(() => stripNextRuntime(exportedPage({ payload: false }), '/tags/x/', ENHANCE)).toThrow(NextOutputChanged);
    expect(() => stripNextRuntime(exportedPage({ payload: false }), '/tags/x/', ENHANCE)).toThrow(/\/tags\/x\/.*self\.__next_f/);
  });

  it('fails loudly when a page has no runtime scripts to remove', () => {
    expect(() => stripNextRuntime(exportedPage({ runtime: false }), '/', ENHANCE)).toThrow(/runtime <script src>/);
  });

  it('refuses an inline script it does not recognise rather than keep or drop it silently', () => {
    const page = exportedPage({ body: '<script>window.analytics=1</script>' });
    expect(() => stripNextRuntime(page, '/', ENHANCE)).toThrow(/unknown inline script "window\.analytics/);
  });

  it('refuses a script loaded from outside /_next/static/', () => {
    const page = exportedPage({ head: '<script src="https://cdn.example/x.js"></script>' });
    expect(() => stripNextRuntime(page, '/', ENHANCE)).toThrow(/unexpected external script/);
  });

  it('requires the no-flash theme script on every page', () => {
    expect(() => stripNextRuntime(exportedPage({ theme: false }), '/', ENHANCE)).toThrow(/theme script/);
  });
});

describe('looksLikeRscPayload', () => {
  it('recognises flight rows and leaves ordinary text files alone', () => {
    expect(looksLikeRscPayload('1:"$Sreact.fragment"\n2:I["/x.js"]')).toBe(true);
    expect(looksLikeRscPayload('0:{"b":"build","f":[]}')).toBe(true);
    expect(looksLikeRscPayload('User-Agent: *\nAllow: /\n')).toBe(false);
  });
});
