/**
 * The HTML pages of the static export, as URL paths, sorted into the kinds the checks treat
 * differently: content pages, the not-found page(s), and redirect stubs for old URLs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlFilesIn } from '../../../scripts/postbuild/html-files';

export type ExportPage = { urlPath: string; file: string; kind: 'page' | 'not-found' | 'redirect' };

// Next writes its not-found page three times: /404.html (what servers use), /404/ and /_not-found/.
const NOT_FOUND = new Set(['/404.html', '/404/', '/_not-found/']);

/** `a/b/index.html` → `/a/b/`; `x.html` → `/x.html`. */
export function urlPathOf(relativeFile: string): string {
  const posix = relativeFile.split(path.sep).join('/');
  if (posix === 'index.html') return '/';
  return posix.endsWith('/index.html') ? `/${posix.slice(0, -'index.html'.length)}` : `/${posix}`;
}

/** Every HTML file of the export, with its URL path and kind, sorted by path. */
export function exportPages(root: string): ExportPage[] {
  return htmlFilesIn(root).map((file) => {
    const urlPath = urlPathOf(path.relative(root, file));
    const html = readFileSync(file, 'utf8');
    const kind = NOT_FOUND.has(urlPath) ? 'not-found' : /<meta http-equiv="refresh"/i.test(html) ? 'redirect' : 'page';
    return { urlPath, file, kind };
  });
}
