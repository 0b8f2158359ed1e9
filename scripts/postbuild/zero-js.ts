/**
 * Post-build step: pages without a client runtime. Builds the enhancement bundle, strips Next's
 * runtime from every exported page (strip-runtime.ts), deletes the RSC `.txt` payloads Next
 * writes next to each page, and deletes the scripts (and their manifests) under /_next/ that no
 * page references any more. Ends by checking the result, so a changed Next fails the build, not the reader.
 */
import { readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeEnhanceBundle } from './enhance-bundle';
import { htmlFilesIn } from './html-files';
import { NextOutputChanged, stripNextRuntime } from './strip-runtime';

const filesUnder = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
const urlPathOf = (root: string, file: string) => `/${path.relative(root, file).split(path.sep).join('/')}`;

function removeEmptyDirs(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) removeEmptyDirs(path.join(dir, entry.name));
  if (readdirSync(dir).length === 0) rmdirSync(dir);
}

/** An RSC payload file: `__next.<segment>.txt`, or `x.txt` beside the page `x.html`. */
function isRscPayload(file: string, siblings: Set<string>): boolean {
  const name = path.basename(file);
  if (!name.endsWith('.txt')) return false;
  return name.startsWith('__next.') || siblings.has(path.join(path.dirname(file), `${name.slice(0, -4)}.html`));
}

/** Whether a text file reads like React's flight format (`0:["$","…` rows, `$Sreact.` symbols). */
export function looksLikeRscPayload(text: string): boolean {
  return /^[0-9a-f]+:(I?\[|"\$|\{)/.test(text) || text.includes('"$Sreact.');
}

/** Adds the files the referenced stylesheets load through url() (fonts), resolved against each sheet. */
function withStylesheetAssets(root: string, refs: Set<string>): Set<string> {
  for (const css of [...refs].filter((r) => r.endsWith('.css'))) {
    for (const [, url] of readFileSync(path.join(root, css), 'utf8').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      if (url && !url.startsWith('data:')) refs.add(new URL(url, `http://export${css}`).pathname);
    }
  }
  return refs;
}

/** Runs the step over the export in `exportDir`; returns a one-line summary. */
export async function removeClientRuntime(exportDir: string): Promise<string> {
  const root = path.resolve(exportDir);
  const enhance = await writeEnhanceBundle(root);
  const pages = htmlFilesIn(root);
  let payloads = 0;
  const refs = new Set<string>();
  for (const page of pages) {
    const { html, stripped, assets } = stripNextRuntime(readFileSync(page, 'utf8'), urlPathOf(root, page), enhance.urlPath);
    payloads += stripped.payloadScripts;
    for (const asset of assets) refs.add(asset);
    writeFileSync(page, html);
  }

  const pageSet = new Set(pages);
  const allFiles = filesUnder(root);
  const rsc = allFiles.filter((f) => isRscPayload(f, pageSet));
  for (const file of rsc) rmSync(file);
  const leftover = allFiles.filter((f) => f.endsWith('.txt') && !rsc.includes(f) && looksLikeRscPayload(readFileSync(f, 'utf8').slice(0, 200)));
  if (leftover.length > 0) throw new NextOutputChanged(urlPathOf(root, leftover[0] ?? ''), `an RSC payload under a name this step does not know (${leftover.length} such files)`);

  withStylesheetAssets(root, refs);
  const assetFiles = new Set(filesUnder(path.join(root, '_next')).map((f) => urlPathOf(root, f)));
  const missing = [...refs].filter((ref) => !assetFiles.has(ref));
  if (missing.length > 0) throw new Error(`referenced by a page or stylesheet but missing from the export: ${missing.join(', ')}`);
  // Scripts and their manifests only: media and stylesheets may be reached in ways a page scan misses.
  const unused = [...assetFiles].filter((f) => !refs.has(f) && /\.(m?js|map|json)$/.test(f));
  for (const file of unused) rmSync(path.join(root, file));
  removeEmptyDirs(path.join(root, '_next'));
  return `${pages.length} pages without Next's runtime (${payloads} RSC payload scripts out), ${rsc.length} RSC .txt files and ${unused.length} unused /_next/ files deleted; enhance bundle ${enhance.bytes} bytes`;
}
