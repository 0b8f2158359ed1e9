/** sitemap.xml, robots.txt, the web manifest and icons, as crawlers and browsers fetch them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { baseUrl } from '../support/browser';
import { exportPages } from '../support/export-pages';
import { exportRoot } from '../support/served';
import { documentOf, fileForUrl, pngSize, resolvesInExport, siteOrigin } from './export-site';
import { getArticles, getStoryJoins } from '@/lib/content';
import { paths } from '@/lib/paths';

const origin = siteOrigin();
const get = (urlPath: string) => fetch(new URL(urlPath, baseUrl()));

describe('sitemap.xml', () => {
  const xml = readFileSync(path.join(exportRoot(), 'sitemap.xml'), 'utf8');
  const entries = parse(xml, { parseNoneClosedTags: true })
    .querySelectorAll('url')
    .map((u) => ({ loc: u.querySelector('loc')?.text.trim() ?? '', lastmod: u.querySelector('lastmod')?.text.trim() ?? null }));

  it('lists every content page of the export exactly once', () => {
    const listed = entries.map((e) => new URL(e.loc).pathname).sort();
    // Redirect stubs and not-found pages are not pages to index.
    // A republished copy's page names its original as canonical and is left out, like the redirect stubs.
    const copies = new Set(getArticles().filter((a) => getStoryJoins(a).republished.copyOf !== null).map((a) => paths.article(a.slug)));
    const pages = exportPages(exportRoot())
      .filter((p) => p.kind === 'page' && !p.urlPath.startsWith('/404') && !p.urlPath.startsWith('/_not-found') && !copies.has(p.urlPath))
      .map((p) => p.urlPath)
      .sort();
    expect(listed).toEqual(pages);
  });

  it('uses absolute URLs on the site origin that resolve in the export', () => {
    expect(entries.filter((e) => !e.loc.startsWith(`${origin}/`) || !resolvesInExport(e.loc))).toEqual([]);
  });

  it('gives lastmod as W3C dates no more precise than the archive knows', () => {
    const withDates = entries.filter((e) => e.lastmod !== null);
    expect(withDates.length).toBeGreaterThan(0);
    expect(withDates.filter((e) => !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(e.lastmod ?? ''))).toEqual([]);
  });
});

describe('robots.txt', () => {
  it('allows crawling and points at the sitemap', async () => {
    const response = await get('/robots.txt');
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).toMatch(/User-Agent: \*/i);
    expect(text).toContain(`Sitemap: ${origin}/sitemap.xml`);
  });
});

describe('web manifest and icons', () => {
  it('the manifest is linked from pages, parses, and its icons are PNGs of their stated size', async () => {
    const home = documentOf(path.join(exportRoot(), 'index.html'));
    const href = home.querySelector('link[rel="manifest"]')?.getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = z
      .object({ name: z.string().min(1), start_url: z.string(), icons: z.array(z.object({ src: z.string(), sizes: z.string(), type: z.literal('image/png') })).min(1) })
      .parse(await (await get(href ?? '')).json());
    for (const icon of manifest.icons) {
      const [w, h] = icon.sizes.split('x').map(Number);
      const bytes = new Uint8Array(await (await get(icon.src)).arrayBuffer());
      expect(pngSize(bytes)).toEqual({ width: w, height: h });
    }
  });

  it('serves /favicon.ico and links an icon and an apple-touch-icon from every page head', async () => {
    const favicon = await get('/favicon.ico');
    expect(favicon.status).toBe(200);
    const bytes = new Uint8Array(await favicon.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0, 0, 1, 0]);
    const home = documentOf(path.join(exportRoot(), 'index.html'));
    const icons = home.querySelectorAll('link[rel="icon"], link[rel="apple-touch-icon"]').map((l) => l.getAttribute('href') ?? '');
    expect(icons.length).toBeGreaterThanOrEqual(2);
    for (const icon of icons) expect(resolvesInExport(new URL(icon.split('?')[0] ?? icon, origin).href)).toBe(true);
  });

  it('share images of the site are real PNG files', () => {
    const file = fileForUrl(`${origin}/og/site/image.png`);
    expect(pngSize(readFileSync(file ?? ''))).toEqual({ width: 1200, height: 630 });
  });
});
