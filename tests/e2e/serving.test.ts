import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { exportPages } from './support/export-pages';
import { parseHeadersFile, patternMatches } from './support/headers-file';
import { baseUrl, exportRoot } from './support/served';

const root = exportRoot();
const pages = exportPages(root);
const content = pages.filter((p) => p.kind === 'page');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).map((f) => `/${f.split(path.sep).join('/')}`).sort();
const firstFile = (test: (f: string) => boolean) => files.find(test);
const staticAsset = (ext: string) => firstFile((f) => f.startsWith('/_next/static/') && f.endsWith(ext));
/** The largest file with this extension under /_next/static/: one big enough for nginx to compress. */
const largestStaticAsset = (ext: string) =>
  files
    .filter((f) => f.startsWith('/_next/static/') && f.endsWith(ext))
    .map((f) => ({ f, size: statSync(path.join(root, f)).size }))
    .sort((a, b) => b.size - a.size)[0]?.f;
/** Files in the export for the host's configuration, not for readers. */
const DEPLOY_FILES = ['/_headers', '/_redirects', '/redirects.nginx-map'];
const get = (urlPath: string, headers: Record<string, string> = {}) => fetch(new URL(urlPath, baseUrl()), { redirect: 'manual', headers });

const SECURITY_HEADERS: [string, RegExp][] = [
  ['content-security-policy', /^frame-ancestors 'none'$/],
  ['x-content-type-options', /^nosniff$/],
  ['referrer-policy', /^strict-origin-when-cross-origin$/],
  ['permissions-policy', /camera=\(\)/],
  ['x-frame-options', /^DENY$/],
];

function missingSecurityHeaders(response: Response): string[] {
  return SECURITY_HEADERS.filter(([name, value]) => !value.test(response.headers.get(name) ?? '')).map(([name]) => `${name}: ${response.headers.get(name)}`);
}

describe('nginx serving the export with deploy/nginx.conf', () => {
  it('serves every page at its trailing-slash URL as UTF-8 HTML, cached briefly, with the security headers', async () => {
    const problems: string[] = [];
    for (const page of content) {
      const response = await get(page.urlPath);
      await response.arrayBuffer();
      const maxAge = Number(/max-age=(\d+)/.exec(response.headers.get('cache-control') ?? '')?.[1] ?? 'NaN');
      if (response.status !== 200) problems.push(`${page.urlPath}: status ${response.status}`);
      if (response.headers.get('content-type') !== 'text/html; charset=utf-8') problems.push(`${page.urlPath}: ${response.headers.get('content-type')}`);
      if (!(maxAge <= 3600)) problems.push(`${page.urlPath}: cache-control ${response.headers.get('cache-control')}`);
      problems.push(...missingSecurityHeaders(response).map((h) => `${page.urlPath}: ${h}`));
    }
    expect(content.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('redirects a page URL without its trailing slash to the slash form, on the same host', async () => {
    const page = content.find((p) => p.urlPath !== '/');
    expect(page, 'the export has a page besides the home page').toBeDefined();
    const response = await get((page?.urlPath ?? '/x/').replace(/\/$/, ''));
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(page?.urlPath);
  });

  it('answers an unknown URL with status 404, the export’s not-found page and the security headers', async () => {
    const response = await get('/no/such/page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(readFileSync(path.join(root, '404.html'), 'utf8'));
    expect(missingSecurityHeaders(response)).toEqual([]);
  });

  it('caches content-hashed /_next/static/ assets for a year as immutable', async () => {
    for (const file of [staticAsset('.js'), staticAsset('.css')]) {
      expect(file).toBeDefined();
      const response = await get(file ?? '');
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
  });

  it('compresses HTML, CSS and JavaScript with gzip for clients that accept it', async () => {
    for (const file of ['/', largestStaticAsset('.css'), largestStaticAsset('.js')]) {
      const response = await get(file ?? '', { 'accept-encoding': 'gzip' });
      expect({ file, encoding: response.headers.get('content-encoding') }).toEqual({ file, encoding: 'gzip' });
    }
  });

  it('does not publish the _headers, _redirects and nginx map files meant for hosts', async () => {
    for (const file of DEPLOY_FILES) expect({ file, status: (await get(file)).status }).toEqual({ file, status: 404 });
  });

  it('sends what public/_headers promises to static hosts, so both deployments agree', async () => {
    const rules = parseHeadersFile(readFileSync(path.resolve(root, '../public/_headers'), 'utf8'));
    expect(rules.length).toBeGreaterThan(0);
    const mismatches: string[] = [];
    for (const rule of rules) {
      const sample = firstFile((f) => patternMatches(rule.pattern, f) && !DEPLOY_FILES.includes(f));
      if (!sample) {
        mismatches.push(`${rule.pattern}: no file in the export matches`);
        continue;
      }
      const response = await get(sample);
      for (const [name, value] of rule.headers) {
        if (response.headers.get(name) !== value) mismatches.push(`${sample}: ${name} is "${response.headers.get(name)}", _headers says "${value}"`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

const TYPES: [string, RegExp][] = [
  ['.xml', /^(application|text)\/(xml|rss\+xml|atom\+xml)(; charset=utf-8)?$/],
  ['.json', /^application\/(json|feed\+json)(; charset=utf-8)?$/],
  ['.png', /^image\/png$/],
  ['.webmanifest', /^application\/manifest\+json(; charset=utf-8)?$/],
  ['.svg', /^image\/svg\+xml$/],
  ['.ico', /^image\/(x-icon|vnd\.microsoft\.icon)$/],
  ['.txt', /^text\/plain; charset=utf-8$/],
];

describe.each(TYPES)('files ending in %s', (ext, expected) => {
  const matching = files.filter((f) => f.endsWith(ext) && !f.startsWith('/_next/'));
  it.skipIf(matching.length === 0)(`are served with a matching Content-Type (${matching.length} in the export)`, async () => {
    const wrong: string[] = [];
    for (const file of matching.slice(0, 5)) {
      const response = await get(file);
      const type = response.headers.get('content-type') ?? '';
      if (response.status !== 200 || !expected.test(type)) wrong.push(`${file}: ${response.status} ${type}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('the per-page Content-Security-Policy', () => {
  it('is the first thing after the charset in every HTML file, and never allows inline or eval’d script wholesale', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const head = parse(readFileSync(page.file, 'utf8')).querySelector('head');
      const first = head?.childNodes.filter((n) => n.nodeType === 1).slice(0, 2) ?? [];
      const meta = head?.querySelector('meta[http-equiv="Content-Security-Policy"]');
      const policy = meta?.getAttribute('content') ?? '';
      const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values.join(' ')]));
      // A directive the policy leaves out falls back to default-src (a moved page's "default-src 'none'" allows nothing).
      const effective = (name: string) => directives.get(name) ?? directives.get('default-src') ?? '';
      const scriptSrc = effective('script-src');
      if (!meta || !first.includes(meta)) problems.push(`${page.urlPath}: no CSP meta at the top of <head>`);
      if (!scriptSrc) problems.push(`${page.urlPath}: no script-src`);
      if (/'unsafe-inline'|'unsafe-eval'|\*/.test(scriptSrc)) problems.push(`${page.urlPath}: ${scriptSrc}`);
      if (!/^'(self|none)'$/.test(directives.get('default-src') ?? '') || effective('object-src') !== "'none'") problems.push(`${page.urlPath}: ${policy}`);
    }
    expect(pages.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
