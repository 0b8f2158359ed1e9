/**
 * `npm run bench:pages` — per page type of the built export: how many pages, HTML size (raw and
 * gzip, median and largest), the files each page writes (its HTML plus any RSC payloads), and
 * the JavaScript the largest page of the type loads in Chromium: Next's framework chunks, the
 * site's own scripts, and their total (gzip). Aim: total JS ≤ 5 KB gzip on every reading page;
 * the search page may add Pagefind's own UI.
 *
 * Needs a build (`npm run build`); serves the export with deploy/nginx.conf like the e2e tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { exportDir } from '../scripts/postbuild/export-dir';
import { htmlFilesIn } from '../scripts/postbuild/html-files';
import { CHROMIUM_ARGS } from '../tests/e2e/support/chromium';
import { serveWithNginx } from '../tests/e2e/support/nginx';
import { pageKind, type PageKind } from './page-kinds';

const READING_JS_BUDGET = 5 * 1024;
const root = path.resolve(exportDir());

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 6 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
/** Next's framework chunks, as opposed to the site's own script and Pagefind. */
const isFramework = (urlPath: string) => urlPath.startsWith('/_next/static/chunks/');

/** The files one page writes into its folder: the HTML and any RSC payloads (`index.txt`, `__next.*.txt`). */
function pageFiles(htmlFile: string): number {
  const base = path.basename(htmlFile, '.html');
  return readdirSync(path.dirname(htmlFile)).filter((f) => f === `${base}.html` || f === `${base}.txt` || (base === 'index' && /^__next\..*\.txt$/.test(f))).length;
}

type Kind = PageKind | 'search';
type Row = { kind: Kind; pages: { urlPath: string; raw: number; gzip: number; files: number }[] };
const rows = new Map<Kind, Row>();
for (const file of htmlFilesIn(root)) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  const urlPath = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
  const html = readFileSync(file);
  const kind: Kind = urlPath === '/search/' ? 'search' : pageKind(urlPath, html.toString('utf8'));
  if (kind === 'other') continue;
  const row = rows.get(kind) ?? { kind, pages: [] };
  row.pages.push({ urlPath, raw: html.length, gzip: gz(html), files: pageFiles(file) });
  rows.set(kind, row);
}

const site = await serveWithNginx(root);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

/** Gzip bytes of every script the page loads, split into Next's framework and the rest. */
async function scriptsLoaded(urlPath: string): Promise<{ framework: number; own: number; files: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (req.resourceType() === 'script' && url.origin === new URL(site.baseUrl).origin) scripts.add(url.pathname);
  });
  await page.goto(new URL(urlPath, site.baseUrl).href, { waitUntil: 'networkidle' });
  await context.close();
  let framework = 0;
  let own = 0;
  for (const p of scripts) {
    const size = gz(readFileSync(path.join(root, p)));
    if (isFramework(p)) framework += size;
    else own += size;
  }
  return { framework, own, files: scripts.size };
}

const order: Kind[] = ['home', 'article', 'redirect', 'tag-index', 'tag', 'timeline', 'entity-timeline', 'not-found', 'search'];
const table: Record<string, string | number>[] = [];
const over: string[] = [];
try {
  for (const kind of order) {
    const row = rows.get(kind);
    if (!row) continue;
    const largest = row.pages.reduce((a, b) => (b.raw > a.raw ? b : a));
    const js = await scriptsLoaded(largest.urlPath);
    if (kind !== 'search' && js.framework + js.own > READING_JS_BUDGET) over.push(kind);
    table.push({
      'page type': kind,
      pages: row.pages.length,
      'HTML median raw': kb(median(row.pages.map((p) => p.raw))),
      'HTML median gzip': kb(median(row.pages.map((p) => p.gzip))),
      'HTML max raw': kb(largest.raw),
      'HTML max gzip': kb(largest.gzip),
      'files per page': median(row.pages.map((p) => p.files)),
      'JS files': js.files,
      'framework JS gzip': kb(js.framework),
      'own JS gzip': kb(js.own),
      'total JS gzip': kb(js.framework + js.own),
      'measured on': largest.urlPath,
    });
  }
} finally {
  await browser.close();
  await site.stop();
}
console.table(table);
console.log(`total JS budget ${kb(READING_JS_BUDGET)} gzip per reading page: ${over.length ? `EXCEEDED on ${over.join(', ')}` : 'met on every reading page type'} (search may add Pagefind's UI)`);
