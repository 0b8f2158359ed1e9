/**
 * Post-build step: the Pagefind search index over story bodies only. Story
 * pages mark their body with `data-pagefind-body`, so menus, footers, redirect
 * stubs and the 404 page never enter the index; only `articles/` is crawled.
 *
 * Each story is indexed in its own language (the `lang` on its body element), so
 * words are stemmed and split the way that language needs. Pagefind keeps one
 * language per bundle it loads; stories in the site language and undetermined ones
 * share one (the search page is English). Each language's stories are split further
 * by publication year into at most six bundles (pagefind-bundles.ts), so an
 * incremental build re-indexes a few years, not a language. The newest site-language
 * bundle is `<outDir>/pagefind/`, the one the search page loads; the others are
 * `<outDir>/pagefind-<lang>-<year>/`, and `pagefind/merge-index.json` lists them for the
 * search UI to merge into one result list, each with its weight under a date sort
 * (pagefind-date-order.ts: Pagefind sorts each bundle on its own).
 *
 * An incremental build (scripts/incremental/merge.ts) keeps the bundles whose pages did not
 * change and re-indexes the others (pagefind-reuse.ts); a bundle is a pure function of its pages,
 * so the result is the cold build's, byte for byte.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { z } from 'zod';
import { plannedBundles, PRIMARY_DIR, storyYear, type SortedPage, type YearBundle } from './pagefind-bundles';
import { dateSortWeights, sortFloorPage } from './pagefind-date-order';
import { BUNDLE_RECORD_FILE, bundleFingerprint, readBundleRecord, reusableBundles, writeBundleRecord, type Page } from './pagefind-reuse';

/**
 * `languages`: story pages per bundle language; `bundles`: how many bundles; `reindexed`: the
 * folders of the bundles written anew, in write order (the others were kept); `reindexedPages`: the
 * pages those hold.
 */
export type SearchIndexResult = { pages: number; outputPath: string; languages: Record<string, number>; bundles: number; reindexed: string[]; reindexedPages: number };

/** The search page's language: the primary bundle is indexed in it. */
const SITE_LANGUAGE = 'en';
/** Where the list of extra language bundles is written, inside the primary bundle. */
export const MERGE_INDEX_FILE = 'merge-index.json';

/** The `lang` on a page's `data-pagefind-body` element, or null when it has none. */
export function storyLanguage(html: string): string | null {
  const tag = html.match(/<[a-z]+\b[^>]*\bdata-pagefind-body\b[^>]*>/i)?.[0];
  return tag?.match(/\blang="([A-Za-z]{2,3})(?:-[^"]*)?"/)?.[1]?.toLowerCase() ?? null;
}

/** The bundle a story language is indexed in: the site language's for itself and for `und`. */
const bundleLanguage = (lang: string | null) => (lang === null || lang === 'und' ? SITE_LANGUAGE : lang);

/** Story pages under `articles/` (pages whose body is marked for Pagefind; redirect stubs are not), in address order, with their bundle language and year. */
function storyPages(outDir: string): SortedPage[] {
  const pages: SortedPage[] = [];
  const files = readdirSync(path.join(outDir, 'articles'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
  for (const file of files.sort()) {
    const content = readFileSync(path.join(outDir, 'articles', file), 'utf8');
    if (!/\bdata-pagefind-body\b/.test(content)) continue;
    const url = `/articles/${path.dirname(file).split(path.sep).join('/')}/`.replace(/\/\.\/$/, '/');
    pages.push({ url, content, lang: bundleLanguage(storyLanguage(content)), year: storyYear(content) });
  }
  return pages;
}

/** The "¶" self-links after each paragraph are navigation, not text. */
const EXCLUDE_SELECTORS = ['a[href^="#p-"]'];

/** What shapes every byte Pagefind writes besides the pages: its version and the index options. */
function indexSettings(): string {
  const manifest = path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json');
  const { version } = z.object({ version: z.string() }).parse(JSON.parse(readFileSync(manifest, 'utf8')));
  return JSON.stringify({ version, excludeSelectors: EXCLUDE_SELECTORS, sortFloor: sortFloorPage('').content });
}

/** Indexes one bundle's pages and the date sort's floor page (pagefind-date-order.ts); returns how many story pages it indexed. */
async function writeBundle({ lang, pages }: YearBundle, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: lang, excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error(`pagefind: could not create the ${lang} index: ${errors.join('; ')}`);
  const add = async (page: Page) => {
    const added = await index.addHTMLFile(page);
    if (added.errors.length) throw new Error(`pagefind: ${page.url}: ${added.errors.join('; ')}`);
  };
  for (const page of pages) await add(page);
  await add(sortFloorPage(lang));
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  return pages.length;
}

export type SearchIndexOptions = {
  /** Keep the bundles whose pages are unchanged since the build `recordFile` describes (an incremental build); otherwise index all. */
  reuse?: boolean;
  recordFile?: string;
};

/**
 * Build the indexes for the export in `outDir`; throws on any Pagefind error or an empty index.
 * With `reuse`, the bundles whose fingerprint and files match the last build's record are kept
 * (pagefind-reuse.ts) and only the others re-indexed; pagefind folders of no current bundle are
 * deleted. Either way the record is saved for the next build.
 */
export async function buildSearchIndex(outDir: string, { reuse = false, recordFile = BUNDLE_RECORD_FILE }: SearchIndexOptions = {}): Promise<SearchIndexResult> {
  const bundles = plannedBundles(storyPages(outDir), SITE_LANGUAGE);
  const settings = indexSettings();
  const fingerprints = new Map(bundles.map((b) => [b.dir, bundleFingerprint(b, settings)]));
  const kept = reuse ? reusableBundles(outDir, fingerprints, readBundleRecord(recordFile), MERGE_INDEX_FILE) : new Set<string>();
  // Stale folders go first, so a re-indexed bundle holds only what Pagefind writes now (as in a cold build).
  for (const dir of readdirSync(outDir).filter((d) => (d === PRIMARY_DIR || d.startsWith('pagefind-')) && !kept.has(d))) rmSync(path.join(outDir, dir), { recursive: true, force: true });
  const languages: Record<string, number> = {};
  const reindexed: string[] = [];
  let reindexedPages = 0;
  try {
    for (const bundle of bundles) {
      const count = kept.has(bundle.dir) ? bundle.pages.length : await writeBundle(bundle, path.join(outDir, bundle.dir));
      languages[bundle.lang] = (languages[bundle.lang] ?? 0) + count;
      if (!kept.has(bundle.dir)) {
        reindexed.push(bundle.dir);
        reindexedPages += count;
      }
    }
  } finally {
    await pagefind.close();
  }
  const weights = dateSortWeights(bundles.map((b) => ({ dir: b.dir, firstYear: b.firstYear, pages: b.pages.length })), PRIMARY_DIR);
  const extra = bundles.slice(1).map((b) => ({ bundlePath: `/${b.dir}/`, language: b.lang, dateSortWeight: weights.get(b.dir) ?? 1 }));
  writeFileSync(path.join(outDir, PRIMARY_DIR, MERGE_INDEX_FILE), `${JSON.stringify(extra)}\n`);
  writeBundleRecord(outDir, fingerprints, MERGE_INDEX_FILE, recordFile);
  const pages = Object.values(languages).reduce((a, b) => a + b, 0);
  if (pages === 0) throw new Error('pagefind: no story page carries data-pagefind-body; the index would be empty');
  return { pages, outputPath: path.join(outDir, PRIMARY_DIR), languages, bundles: bundles.length, reindexed, reindexedPages };
}
