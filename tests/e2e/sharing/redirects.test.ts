/**
 * Permalinks survive corrections. A fixture archive (tests/fixtures/renamed-story)
 * holds one story whose headline was fixed, so its slug changed, with the old
 * slug kept in its sidecar's `previousSlugs`. It is built through the real
 * pipeline and `next build`, served by nginx, and the old URL must still land
 * on the story, with and without JavaScript: nginx answers 301 from the map the build writes
 * (deploy/nginx.conf, lib/redirect-files.ts), and the static refresh page is there for hosts without.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths';
import { getBrowser, closeBrowser } from '../support/browser';
import { serveWithNginx, type ServedSite } from '../support/nginx';
import { documentOf, metaContent } from './export-site';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const fixture = 'tests/fixtures/renamed-story';
const exportDir = 'out-renamed-story';
const OLD = 'belarus-shows-new-air-defence-launcher-at-minsk-exhibition';
const NEW = 'belarus-shows-stilet-launcher-at-minsk-exhibition';

let site: ServedSite | undefined;

beforeAll(() => {
  rmSync(path.join(projectRoot, exportDir), { recursive: true, force: true });
  // Next's own CLI under this Node (no npx layer, so the timeout stops the build itself).
  execFileSync(process.execPath, [path.join(projectRoot, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: fixture, NEXT_DIST_DIR: exportDir, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'pipe',
    timeout: 290_000,
  });
}, 300_000);

afterAll(async () => {
  await closeBrowser();
  await site?.stop();
  rmSync(path.join(projectRoot, exportDir), { recursive: true, force: true });
});

const served = async () => (site ??= await serveWithNginx(path.join(projectRoot, exportDir)));
const fileOf = (slug: string) => path.join(projectRoot, exportDir, paths.article(slug), 'index.html');

describe('a story whose slug changed', () => {
  it('is published under the new slug and keeps the old one as a previous slug (the fixture is what it claims)', () => {
    expect(existsSync(fileOf(NEW))).toBe(true);
    expect(readFileSync(path.join(projectRoot, fixture, 'articles', '300_0a1b2c3d4e5f6071.meta.json'), 'utf8')).toContain(OLD);
  });

  it('answers the old URL, with or without its trailing slash, with 301 and the new URL under nginx', async () => {
    const { baseUrl } = await served();
    for (const old of [paths.article(OLD), paths.article(OLD).replace(/\/$/, '')]) {
      const response = await fetch(new URL(old, baseUrl), { redirect: 'manual' });
      expect({ old, status: response.status, location: response.headers.get('location') }).toEqual({ old, status: 301, location: paths.article(NEW) });
    }
    const current = await fetch(new URL(paths.article(NEW), baseUrl), { redirect: 'manual' });
    expect(current.status).toBe(200);
  });

  it('writes the same redirect for static hosts that read _redirects', () => {
    const lines = readFileSync(path.join(projectRoot, exportDir, '_redirects'), 'utf8').split('\n');
    expect(lines).toContain(`/articles/${OLD}/ /articles/${NEW}/ 301`);
    expect(lines).toContain(`/articles/${OLD} /articles/${NEW}/ 301`);
  });

  it('leaves a static page at the old URL that points search engines and browsers at the new one', () => {
    expect(existsSync(fileOf(OLD))).toBe(true);
    const doc = documentOf(fileOf(OLD));
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    expect(new URL(canonical).pathname).toBe(paths.article(NEW));
    const refresh = doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '';
    expect(refresh).toMatch(new RegExp(`^0;\\s*url=.*${paths.article(NEW).replace(/\//g, '\\/')}$`));
    expect(metaContent(doc, 'robots')).toMatch(/noindex/);
    expect(doc.querySelector(`a[href$="${paths.article(NEW)}"]`)).not.toBeNull();
  });

  for (const javaScript of [true, false]) {
    it(`resolves in Chromium from the old URL to the story, with JavaScript ${javaScript ? 'on' : 'off'}`, async () => {
      const { baseUrl } = await served();
      const context = await (await getBrowser()).newContext({ javaScriptEnabled: javaScript });
      try {
        const page = await context.newPage();
        await page.goto(new URL(paths.article(OLD), baseUrl).href);
        await page.waitForURL((url) => url.pathname === paths.article(NEW), { timeout: 10_000 });
        await expect(page.locator('h1').first().textContent()).resolves.toContain('Belarus shows STILET launcher');
      } finally {
        await context.close();
      }
    });
  }

  it('is not listed in the sitemap under its old URL, only under the new one', () => {
    const sitemap = readFileSync(path.join(projectRoot, exportDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(paths.article(NEW));
    expect(sitemap).not.toContain(paths.article(OLD));
  });
});
