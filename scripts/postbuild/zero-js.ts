/**
 * Post-build step: pages without a client runtime, each with its Content-Security-Policy. Builds the
 * enhancement bundle, rewrites every exported page once (page-pass.ts: strip-runtime.ts, then csp.ts
 * on the same parsed tree) on a pool of worker threads, deletes the RSC `.txt` payloads Next writes
 * next to each page, and deletes the scripts (and their manifests) under /_next/ that no page
 * references any more. Ends by checking the result, so a changed Next fails the build, not the reader.
 */
import { readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { writeEnhanceBundle } from './enhance-bundle';
import { htmlFilesIn, urlPathOf } from './html-files';
import type { PageChunk, PassSummary } from './page-pass';
import { NextOutputChanged } from './strip-runtime';
import { chunksFor, runInWorkers } from '../worker-pool';

const filesUnder = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));

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

const PAGE_WORKER = new URL('./page-worker.ts', import.meta.url);

/**
 * Rewrites every page in `pages` (absolute paths under `root`) with page-pass.ts on `workers` threads;
 * returns the RSC payload scripts taken out and the /_next/ assets the pages still reference.
 * Rejects with the first page's error (its message names the page).
 */
export async function passPagesInWorkers(root: string, pages: string[], enhanceSrc: string, workers = availableParallelism()): Promise<{ payloads: number; refs: Set<string> }> {
  const chunks: PageChunk[] = chunksFor(pages, workers).map((files) => ({ root, files, enhanceSrc }));
  const summaries = await runInWorkers<PageChunk, PassSummary>(PAGE_WORKER, chunks, workers);
  const refs = new Set<string>();
  let payloads = 0;
  for (const summary of summaries) {
    payloads += summary.payloadScripts;
    for (const asset of summary.assets) refs.add(asset);
  }
  return { payloads, refs };
}

/** Runs the step over the export in `exportDir`; returns a one-line summary. */
export async function removeClientRuntime(exportDir: string): Promise<string> {
  const root = path.resolve(exportDir);
  const enhance = await writeEnhanceBundle(root);
  const pages = htmlFilesIn(root);
  const workers = availableParallelism();
  const { payloads, refs } = await passPagesInWorkers(root, pages, enhance.urlPath, workers);

  const pageSet = new Set(pages);
  const allFiles = filesUnder(root);
  const rsc = new Set(allFiles.filter((f) => isRscPayload(f, pageSet)));
  for (const file of rsc) rmSync(file);
  const leftover = allFiles.filter((f) => f.endsWith('.txt') && !rsc.has(f) && looksLikeRscPayload(readFileSync(f, 'utf8').slice(0, 200)));
  if (leftover.length > 0) throw new NextOutputChanged(urlPathOf(root, leftover[0] ?? ''), `an RSC payload under a name this step does not know (${leftover.length} such files)`);

  withStylesheetAssets(root, refs);
  const assetFiles = new Set(filesUnder(path.join(root, '_next')).map((f) => urlPathOf(root, f)));
  const missing = [...refs].filter((ref) => !assetFiles.has(ref));
  if (missing.length > 0) throw new Error(`referenced by a page or stylesheet but missing from the export: ${missing.join(', ')}`);
  // Scripts and their manifests only: media and stylesheets may be reached in ways a page scan misses.
  const unused = [...assetFiles].filter((f) => !refs.has(f) && /\.(m?js|map|json)$/.test(f));
  for (const file of unused) rmSync(path.join(root, file));
  removeEmptyDirs(path.join(root, '_next'));
  return `${pages.length} pages without Next's runtime (${payloads} RSC payload scripts out) and with their CSP (${workers} workers), ${rsc.size} RSC .txt files and ${unused.length} unused /_next/ files deleted; enhance bundle ${enhance.bytes} bytes`;
}
