/**
 * Every entry of the live content folder is accounted for: published (its story page is in the
 * export) or listed as rejected with its kind and reason. `npm test` builds with CONTENT_STRICT=0,
 * so one bad scrape (a menu page, an empty file, a symlink) no longer stops the run; this test is
 * what keeps a rejected file from vanishing silently. It asserts only what holds for any content.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exportRoot } from './support/served';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const contentDir = path.resolve(projectRoot, process.env.CONTENT_DIR ?? 'content');
// A sidecar (`<name>.meta.json|yaml`) belongs to the source file `<name>.txt` beside it.
const SIDECAR = /^(.+)\.meta\.(json|ya?ml)$/;

// The part of `content:check --json` this test reads.
const report = z.object({
  articles: z.array(z.object({ sourceFile: z.string(), slug: z.string() })),
  rejected: z.array(z.object({ file: z.string(), kind: z.string(), line: z.number().nullable(), message: z.string() })),
});

let compiled: z.infer<typeof report>;

beforeAll(() => {
  const check = spawnSync('npx', ['tsx', 'scripts/content-check.ts', '--json'], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_STRICT: '0' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  // It exits 1 when a file is rejected; only an unreadable answer is a failure here.
  compiled = report.parse(JSON.parse(check.stdout));
}, 600_000);

describe('the live content folder', () => {
  it('publishes or rejects with a reason every entry of content/articles/', () => {
    const entries = readdirSync(path.join(contentDir, 'articles')).filter((name) => !name.startsWith('.')).sort();
    const published = new Set(compiled.articles.map((a) => path.basename(a.sourceFile)));
    const rejected = new Map(compiled.rejected.map((r) => [path.basename(r.file), r]));
    const accounted = (name: string): boolean => {
      if (published.has(name) || rejected.has(name)) return true;
      const source = SIDECAR.exec(name)?.[1];
      return source !== undefined && (published.has(`${source}.txt`) || rejected.has(`${source}.txt`));
    };
    expect(entries.filter((name) => !accounted(name))).toEqual([]);
    expect(compiled.rejected.filter((r) => r.kind.length === 0 || r.message.trim().length === 0)).toEqual([]);
  });

  it('has every published story in the export, so a rejected file never holds the good ones back', () => {
    const missing = compiled.articles.filter((a) => !existsSync(path.join(exportRoot(), 'articles', a.slug, 'index.html'))).map((a) => a.slug);
    expect(missing).toEqual([]);
  });
});
