import { parse } from 'node-html-parser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { movedPageHtml } from '@/lib/moved-pages';

const ORIGIN = 'https://archive.test';
beforeEach(() => vi.stubEnv('SITE_URL', ORIGIN));
afterEach(() => vi.unstubAllEnvs());

describe('movedPageHtml', () => {
  // Rendered inside each test, after SITE_URL is set.
  const render = () => movedPageHtml({ from: '/events/stilet/page/2/', to: '/tags/stilet/page/3/#events', title: 'STILET <"&">' });
  const page = () => parse(render());

  it('refreshes at once to the new address and links to it for a browser that does not follow the refresh', () => {
    const doc = page();
    expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/tags/stilet/page/3/#events');
    expect(doc.querySelector('main a')?.getAttribute('href')).toBe('/tags/stilet/page/3/#events');
  });

  it('names the new page as canonical (without the fragment) and stays out of indexes', () => {
    const doc = page();
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${ORIGIN}/tags/stilet/page/3/`);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, follow');
  });

  it('escapes the entity name and allows no script or style', () => {
    const html = render();
    const doc = parse(html);
    expect(html).not.toContain('<"&">');
    expect(doc.querySelector('main a')?.text).toBe('STILET <"&">');
    expect(doc.querySelectorAll('script, style')).toHaveLength(0);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe("default-src 'none'");
  });
});
