/**
 * The hostile fixture archive built through the real pipeline and the real build, served by nginx
 * and opened in Chromium: nothing it contains may execute, overflow the page, or vanish silently.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { writeBinaryFixtures } from '../fixtures/hostile-archive/binary-fixtures';
import { assertNoHorizontalOverflow, closeBrowser, openPage } from './support/browser';
import { exportPages } from './support/export-pages';
import { serveWithNginx, type ServedSite } from './support/nginx';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const CONTENT_DIR = 'tests/fixtures/hostile-archive';
const EXPORT_DIR = 'out-hostile';
const env = { ...process.env, CONTENT_DIR, CONTENT_STRICT: '0', NEXT_DIST_DIR: EXPORT_DIR };

// The part of `content:check --json` this test reads.
const report = z.object({
  articles: z.array(z.object({ sourceFile: z.string(), slug: z.string(), title: z.string() })),
  rejected: z.array(z.object({ file: z.string(), kind: z.string(), line: z.number().nullable() })),
});

let buildLog = '';
let compiled: z.infer<typeof report>;
let site: ServedSite;
let fixtureFiles: string[] = [];

beforeAll(async () => {
  writeBinaryFixtures(path.join(projectRoot, CONTENT_DIR, 'articles'));
  fixtureFiles = readdirSync(path.join(projectRoot, CONTENT_DIR, 'articles')).filter((f) => f.endsWith('.txt')).sort();
  const build = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  buildLog = `${build.stdout}\n${build.stderr}`;
  if (build.status !== 0) throw new Error(`the hostile build failed (exit ${build.status}):\n${buildLog.slice(-4000)}`);
  const check = spawnSync('npx', ['tsx', 'scripts/content-check.ts', '--json'], { cwd: projectRoot, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  compiled = report.parse(JSON.parse(check.stdout));
  site = await serveWithNginx(EXPORT_DIR);
}, 300_000);

afterAll(async () => {
  await closeBrowser();
  await site?.stop();
});

const fileOf = (p: string) => path.basename(p);

describe('the hostile archive through the real build', () => {
  it('publishes or rejects every file, and the build output names each rejected file with its line', () => {
    const published = new Set(compiled.articles.map((a) => fileOf(a.sourceFile)));
    const rejected = new Set(compiled.rejected.map((r) => fileOf(r.file)));
    expect(fixtureFiles.filter((f) => !published.has(f) && !rejected.has(f))).toEqual([]);
    const unreported = compiled.rejected
      .filter((r) => !buildLog.includes(r.line === null ? `${r.file}: ` : `${r.file}:${r.line}:`))
      .map((r) => `${r.file}:${r.line ?? '-'} [${r.kind}]`);
    expect(unreported).toEqual([]);
  });

  it('rejects the NUL-byte, invalid UTF-8 and empty files with their kinds, at the damaged line', () => {
    const kinds = Object.fromEntries(compiled.rejected.map((r) => [fileOf(r.file), { kind: r.kind, line: r.line }]));
    expect(kinds['generated-nul-bytes.txt']).toEqual({ kind: 'binary', line: 3 });
    expect(kinds['generated-invalid-utf8.txt']).toEqual({ kind: 'encoding', line: 3 });
    expect(kinds['empty.txt']?.kind).toBe('empty');
  });

  it('publishes the text files that only look dangerous, each at its own URL', () => {
    const textFiles = fixtureFiles.filter((f) => !f.startsWith('generated-') && f !== 'empty.txt');
    const published = compiled.articles.filter((a) => textFiles.includes(fileOf(a.sourceFile)));
    expect(published.map((a) => fileOf(a.sourceFile)).sort()).toEqual(textFiles);
    expect(new Set(published.map((a) => a.slug)).size).toBe(published.length);
    const exported = new Set(exportPages(path.join(projectRoot, EXPORT_DIR)).map((p) => p.urlPath));
    expect(published.filter((a) => !exported.has(`/articles/${a.slug}/`)).map((a) => a.slug)).toEqual([]);
  });
});

describe('every page of the hostile export in Chromium', () => {
  const pages = () => exportPages(path.join(projectRoot, EXPORT_DIR)).filter((p) => p.kind === 'page');

  for (const javaScript of [true, false]) {
    it(`runs nothing from the content and never scrolls sideways, with JavaScript ${javaScript ? 'on' : 'off'}`, { timeout: 300_000 }, async () => {
      const problems: string[] = [];
      expect(pages().length).toBeGreaterThan(fixtureFiles.length - 3);
      for (const { urlPath } of pages()) {
        const opened = await openPage(urlPath, { javaScript, base: site.baseUrl, viewport: { width: 390, height: 844 } });
        try {
          const injected = await opened.page.evaluate(() => ({
            pwned: Reflect.get(window, '__pwned') !== undefined,
            elements: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]:not(body), a[href^="javascript:" i]').length,
          }));
          if (opened.dialogs.length > 0) problems.push(`${urlPath}: dialogs ${opened.dialogs.join(' | ')}`);
          if (injected.pwned || injected.elements > 0) problems.push(`${urlPath}: injected markup ${JSON.stringify(injected)}`);
          if (opened.problems.cspViolations.length > 0) problems.push(`${urlPath}: CSP ${opened.problems.cspViolations.join(' | ')}`);
          if (opened.problems.pageErrors.length > 0) problems.push(`${urlPath}: ${opened.problems.pageErrors.join(' | ')}`);
          await assertNoHorizontalOverflow(opened.page).catch((e: unknown) => problems.push(String(e)));
        } finally {
          await opened.close();
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('shows markup from the text as the literal characters typed', async () => {
    const article = compiled.articles.find((a) => a.title.includes('<script>'));
    expect(article).toBeDefined();
    const { page, close } = await openPage(`/articles/${article?.slug}/`, { javaScript: true, base: site.baseUrl });
    try {
      const text = await page.locator('main').innerText();
      expect(text).toContain('<script>alert(1)</script>');
      expect(text).toContain('<img src=x onerror="window.__pwned=1;alert(2)">');
      expect(text).toContain('&lt;b&gt;');
    } finally {
      await close();
    }
  });
});
