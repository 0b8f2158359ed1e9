/**
 * The one pass over each exported page: take Next's runtime out (strip-runtime.ts) and put the
 * page's Content-Security-Policy in (csp.ts), parsing the page once and reading and writing its
 * file once. The policy is computed from the stripped tree, which holds exactly the final inline
 * scripts, styles and style attributes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { HTMLElement } from 'node-html-parser';
import { urlPathOf } from './html-files';
import { CSP_BLOCK_TEXT, policyFor, policyForTree, withCspMeta } from './csp';
import { STRIP_BLOCK_TEXT, stripNextRuntimeTree, type Stripped } from './strip-runtime';

/** Tags the strip parse keeps as raw text but a browser (and the policy) reads as markup: <pre>, <noscript>. */
const RAW_ONLY_WHEN_STRIPPING = Object.keys(STRIP_BLOCK_TEXT).filter((tag) => !(tag in CSP_BLOCK_TEXT));

/** Whether some <pre> or <noscript> holds markup, which the stripped tree keeps as unparsed text. */
function hasUnparsedMarkup(root: HTMLElement): boolean {
  return RAW_ONLY_WHEN_STRIPPING.some((tag) => root.getElementsByTagName(tag).some((el) => el.rawText.includes('<')));
}

/** One page after the pass: its final HTML, what was stripped, the /_next/ assets it references. */
export type PassedPage = { html: string; stripped: Stripped; assets: string[] };

/**
 * The page without Next's runtime and with its CSP meta. Same result as stripNextRuntime followed by
 * withCspMeta; only a page whose <pre> or <noscript> holds markup (whose elements the policy must
 * see) is parsed a second time. Throws NextOutputChanged naming `file` as stripNextRuntime does.
 */
export function passPage(html: string, file: string, enhanceSrc: string): PassedPage {
  const { root, stripped, assets } = stripNextRuntimeTree(html, file, enhanceSrc);
  const out = root.toString();
  const policy = hasUnparsedMarkup(root) ? policyFor(out) : policyForTree(root);
  try {
    return { html: withCspMeta(out, policy), stripped, assets };
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** What a batch of pages adds to the step's summary. */
export type PassSummary = { pages: number; payloadScripts: number; assets: string[] };

/** One batch of the page pass for a worker (page-worker.ts): the export's root, the pages' absolute paths, the enhancement script's URL. */
export type PageChunk = { root: string; files: string[]; enhanceSrc: string };

/** Runs passPage over the files (absolute paths under `root`), rewriting each in place. */
export function passPageFiles(root: string, files: string[], enhanceSrc: string): PassSummary {
  const assets = new Set<string>();
  let payloadScripts = 0;
  for (const file of files) {
    const page = passPage(readFileSync(file, 'utf8'), urlPathOf(root, file), enhanceSrc);
    writeFileSync(file, page.html);
    payloadScripts += page.stripped.payloadScripts;
    for (const asset of page.assets) assets.add(asset);
  }
  return { pages: files.length, payloadScripts, assets: [...assets] };
}
