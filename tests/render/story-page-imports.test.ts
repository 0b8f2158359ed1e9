import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** The content door: it loads the archive (its compile fallback is lib/content's own concern), not the page's render. */
const DOOR = path.join(ROOT, 'lib', 'content', 'index.ts');

/** The file a specifier names (`@/…` or relative), or null for a package. */
function resolve(specifier: string, from: string): string | null {
  const base = specifier.startsWith('@/') ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith('.') ? path.resolve(path.dirname(from), specifier) : null;
  if (base === null) return null;
  return ['.ts', '.tsx', '/index.ts', '/index.tsx', ''].map((ext) => base + ext).find((f) => existsSync(f) && f.match(/\.tsx?$/)) ?? null;
}

/** Every file and package the page's value imports reach (type-only imports load nothing), not entering the content door. */
function reached(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    if (file === DOOR) continue;
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

describe('the story page', () => {
  it('renders without loading the language detector: block and line languages are read from the compiled story', () => {
    const { files, packages } = reached(path.join(ROOT, 'app', 'articles', '[slug]', 'page.tsx'));
    const rel = [...files].map((f) => path.relative(ROOT, f));
    expect(rel).toContain('lib/remark/block-lang.ts');
    expect(rel).toContain('components/source-panel.tsx');
    expect(rel.filter((f) => f.startsWith('lib/content/extract/') && f.includes('language'))).toEqual([]);
    expect([...packages].filter((p) => p === 'eld' || p.startsWith('eld/'))).toEqual([]);
  });
});
