/**
 * Post-build step: the Pagefind search index over story bodies only. Story
 * pages mark their body with `data-pagefind-body`, so menus, footers, redirect
 * stubs and the 404 page never enter the index; only `articles/` is crawled.
 * Writes `<outDir>/pagefind/` (index, pagefind.js, pagefind-ui.js/css).
 */
import path from 'node:path';
import * as pagefind from 'pagefind';

export type SearchIndexResult = { pages: number; outputPath: string };

/** Build the index for the export in `outDir`; throws on any Pagefind error or an empty index. */
export async function buildSearchIndex(outDir: string): Promise<SearchIndexResult> {
  // The "¶" self-links after each paragraph are navigation, not text.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: ['a[href^="#p-"]'] });
  try {
    if (!index) throw new Error(`pagefind: could not create an index: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir, glob: 'articles/**/index.html' });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('pagefind: no story page carries data-pagefind-body; the index would be empty');
    const outputPath = path.join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    return { pages: added.page_count, outputPath };
  } finally {
    await pagefind.close();
  }
}
