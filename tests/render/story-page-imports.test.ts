import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const APP = path.join(ROOT, 'app');

/** The file a specifier names (`@/…` or relative), or null for a package. */
function resolve(specifier: string, from: string): string | null {
  const base = specifier.startsWith('@/') ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith('.') ? path.resolve(path.dirname(from), specifier) : null;
  if (base === null) return null;
  return ['.ts', '.tsx', '/index.ts', '/index.tsx', ''].map((ext) => base + ext).find((f) => existsSync(f) && f.match(/\.tsx?$/)) ?? null;
}

/**
 * Every file and package the module's static value imports reach (type-only imports load nothing; a dynamic
 * `import()` loads only when its branch runs), through the content door (lib/content/index.ts) too.
 */
function reached(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, typeOnly, specifier = ''] of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gmu)) {
      if (typeOnly) continue;
      const target = resolve(specifier, file);
      if (target === null) packages.add(specifier);
      else queue.push(target);
    }
  }
  return { files, packages };
}

const isEld = (p: string) => p === 'eld' || p.startsWith('eld/');

/** The modules Next builds routes from: pages, layouts, not-found pages, route handlers and the metadata routes (not the dev server's `route.dev.ts`). */
function routeModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return routeModules(file);
    return /^(?:(?:page|layout|not-found|route)\.tsx?|(?:sitemap|robots|manifest)\.ts)$/u.test(e.name) ? [file] : [];
  });
}

describe('the story page', () => {
  it('renders without loading the language detector: block and line languages are read from the compiled story', () => {
    const { files, packages } = reached(path.join(APP, 'articles', '[slug]', 'page.tsx'));
    const rel = [...files].map((f) => path.relative(ROOT, f));
    expect(rel).toContain('lib/remark/block-lang.ts');
    expect(rel).toContain('components/source-panel.tsx');
    expect(rel).toContain('lib/content/index.ts');
    expect(rel.filter((f) => f.startsWith('lib/content/extract/') && f.includes('language'))).toEqual([]);
    expect([...packages].filter(isEld)).toEqual([]);
  });
});

describe('every route', () => {
  it('loads no language model, through the content door either: the compiler is imported only where it may run, not by a page reading the snapshot', () => {
    const routes = routeModules(APP).map((f) => path.relative(ROOT, f));
    expect(routes).toContain('app/page.tsx');
    expect(routes).toContain('app/sitemap.ts');
    expect(routes).toContain('app/feeds/rss.xml/route.ts');
    const withEld = routes.filter((route) => [...reached(path.join(ROOT, route)).packages].some(isEld));
    expect(withEld).toEqual([]);
  });
});
