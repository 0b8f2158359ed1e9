/**
 * `npm run bench:pages` — per page type of the built export: how many pages, HTML size
 * (raw and gzip, median and largest), and the JavaScript the largest page of the type
 * actually loads in Chromium beyond Next's own runtime (gzip). Aim: own JS ≤ 10 KB gzip.
 *
 * Needs a build (`npm run build`); serves the export with deploy/nginx.conf like the e2e tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { exportDir } from '../scripts/postbuild/export-dir';
import { htmlFilesIn } from '../scripts/postbuild/html-files';
import { serveWithNginx } from '../tests/e2e/support/nginx';
import { pageKind, type PageKind } from './page-kinds';

const OWN_JS_BUDGET = 10 * 1024;
const root = path.resolve(exportDir());
const distDir = process.env.NEXT_DIST_DIR && process.env.NEXT_DIST_DIR !== 'out' ? '.next' : (process.env.NEXT_DIST_DIR ?? '.next');

/** Next's runtime: the chunks every App Router page boots with (and the legacy polyfills modern browsers skip). */
function nextRuntimeFiles(): Set<string> {
  const manifest: unknown = JSON.parse(readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8'));
  const list = (key: string): string[] => {
    const value = typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, key) : undefined;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  };
  return new Set([...list('rootMainFiles'), ...list('polyfillFiles')].map((f) => `/_next/${f}`));
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 6 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

type Row = { kind: PageKind; pages: { urlPath: string; raw: number; gzip: number }[] };
const rows = new Map<PageKind, Row>();
for (const file of htmlFilesIn(root)) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  const urlPath = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
  const html = readFileSync(file);
  const kind = pageKind(urlPath, html.toString('utf8'));
  if (kind === 'other') continue;
  const row = rows.get(kind) ?? { kind, pages: [] };
  row.pages.push({ urlPath, raw: html.length, gzip: gz(html) });
  rows.set(kind, row);
}

const runtime = nextRuntimeFiles();
const site = await serveWithNginx(root);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** Gzip bytes of the scripts a page loads that are not Next's runtime, and how many RSC prefetches it makes. */
async function ownJs(urlPath: string): Promise<{ ownGzip: number; runtimeGzip: number; prefetches: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const scripts = new Set<string>();
  let prefetches = 0;
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (req.resourceType() === 'script' && url.pathname.startsWith('/_next/')) scripts.add(url.pathname);
    if (url.pathname.endsWith('.txt')) prefetches++;
  });
  await page.goto(new URL(urlPath, site.baseUrl).href, { waitUntil: 'networkidle' });
  await context.close();
  let ownGzip = 0;
  let runtimeGzip = 0;
  for (const p of scripts) {
    const size = gz(readFileSync(path.join(root, p)));
    if (runtime.has(p)) runtimeGzip += size;
    else ownGzip += size;
  }
  return { ownGzip, runtimeGzip, prefetches };
}

const order: PageKind[] = ['home', 'article', 'redirect', 'tag-index', 'tag', 'timeline', 'entity-timeline', 'not-found'];
const table: Record<string, string | number>[] = [];
let overBudget = false;
try {
  for (const kind of order) {
    const row = rows.get(kind);
    if (!row) continue;
    const largest = row.pages.reduce((a, b) => (b.raw > a.raw ? b : a));
    const js = await ownJs(largest.urlPath);
    overBudget ||= js.ownGzip > OWN_JS_BUDGET;
    table.push({
      'page type': kind,
      pages: row.pages.length,
      'HTML median raw': kb(median(row.pages.map((p) => p.raw))),
      'HTML median gzip': kb(median(row.pages.map((p) => p.gzip))),
      'HTML max raw': kb(largest.raw),
      'HTML max gzip': kb(largest.gzip),
      'own JS gzip': kb(js.ownGzip),
      'Next runtime gzip': kb(js.runtimeGzip),
      'RSC prefetches': js.prefetches,
      'measured on': largest.urlPath,
    });
  }
} finally {
  await browser.close();
  await site.stop();
}
console.table(table);
console.log(`own JS budget ${kb(OWN_JS_BUDGET)} gzip per page: ${overBudget ? 'EXCEEDED' : 'met'} on every page type`);
