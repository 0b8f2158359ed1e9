/**
 * Post-build step: the Pagefind search index over story bodies only. Story
 * pages mark their body with `data-pagefind-body`, so menus, footers, redirect
 * stubs and the 404 page never enter the index; only `articles/` is crawled.
 *
 * Each story is indexed in its own language (the `lang` on its body element), so
 * words are stemmed and split the way that language needs. Pagefind keeps one
 * language per bundle it loads, and the search page is English, so stories in the
 * site language (and undetermined ones) go into `<outDir>/pagefind/`, each other
 * language into its own bundle `<outDir>/pagefind-<lang>/`, and
 * `pagefind/merge-index.json` lists those for the search UI to merge into one result list.
 * Pagefind refuses to search a primary bundle with no pages ("No language indexes found"), so
 * an archive with no story in the site language puts its largest language there instead.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

export type SearchIndexResult = { pages: number; outputPath: string; languages: Record<string, number> };

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

type Page = { url: string; content: string };

/** Story pages under `articles/` (pages whose body is marked for Pagefind; redirect stubs are not), grouped by bundle language. */
function storyPagesByLanguage(outDir: string): Map<string, Page[]> {
  const groups = new Map<string, Page[]>();
  const files = readdirSync(path.join(outDir, 'articles'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
  for (const file of files.sort()) {
    const content = readFileSync(path.join(outDir, 'articles', file), 'utf8');
    if (!/\bdata-pagefind-body\b/.test(content)) continue;
    const url = `/articles/${path.dirname(file).split(path.sep).join('/')}/`.replace(/\/\.\/$/, '/');
    const lang = bundleLanguage(storyLanguage(content));
    const group = groups.get(lang);
    if (group) group.push({ url, content });
    else groups.set(lang, [{ url, content }]);
  }
  return groups;
}

/** Indexes one language's pages into one bundle; returns how many pages Pagefind took. */
async function writeBundle(lang: string, pages: Page[], outputPath: string): Promise<number> {
  // The "¶" self-links after each paragraph are navigation, not text.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: lang, excludeSelectors: ['a[href^="#p-"]'] });
  if (!index) throw new Error(`pagefind: could not create the ${lang} index: ${errors.join('; ')}`);
  let count = 0;
  for (const page of pages) {
    const added = await index.addHTMLFile(page);
    if (added.errors.length) throw new Error(`pagefind: ${page.url}: ${added.errors.join('; ')}`);
    count++;
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  return count;
}

/** Build the indexes for the export in `outDir`; throws on any Pagefind error or an empty index. */
export async function buildSearchIndex(outDir: string): Promise<SearchIndexResult> {
  const groups = storyPagesByLanguage(outDir);
  const outputPath = path.join(outDir, 'pagefind');
  const languages: Record<string, number> = {};
  const largest = [...groups].sort(([a, pa], [b, pb]) => pb.length - pa.length || a.localeCompare(b))[0]?.[0];
  const primary = groups.has(SITE_LANGUAGE) || largest === undefined ? SITE_LANGUAGE : largest;
  try {
    // The primary bundle always exists (the search page loads it from /pagefind/).
    languages[primary] = await writeBundle(primary, groups.get(primary) ?? [], outputPath);
    const extra = [...groups.keys()].filter((l) => l !== primary).sort();
    for (const lang of extra) languages[lang] = await writeBundle(lang, groups.get(lang) ?? [], path.join(outDir, `pagefind-${lang}`));
    writeFileSync(path.join(outputPath, MERGE_INDEX_FILE), `${JSON.stringify(extra.map((lang) => ({ bundlePath: `/pagefind-${lang}/`, language: lang })))}\n`);
  } finally {
    await pagefind.close();
  }
  const pages = Object.values(languages).reduce((a, b) => a + b, 0);
  if (pages === 0) throw new Error('pagefind: no story page carries data-pagefind-body; the index would be empty');
  return { pages, outputPath, languages };
}
