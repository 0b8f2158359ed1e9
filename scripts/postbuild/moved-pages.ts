/**
 * Writes the page left at each old per-entity timeline and events address (lib/moved-pages.ts)
 * into the export. `npm run build` passes the list its content check saved; run alone over an
 * existing export, the post-build compiles the content folder to list them.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadArchive } from '@/lib/content/archive';
import { buildStore } from '@/lib/content/store/store';
import { movedPageHtml, movedPages, type MovedPageEntry } from '@/lib/moved-pages';

/** Writes every moved page under `exportDir`; an old address that the export already has as a page fails the build. */
export function writeMovedPages(exportDir: string, pages: readonly MovedPageEntry[] = movedPages(buildStore(loadArchive()))): string {
  for (const page of pages) {
    const file = path.join(exportDir, ...page.from.split('/').filter(Boolean), 'index.html');
    // A real page at an old address would mean two things claim one URL: stop rather than overwrite it.
    if (existsSync(file)) throw new Error(`moved page ${page.from}: the export already has a page there`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, movedPageHtml(page));
  }
  return `${pages.length} moved pages`;
}
