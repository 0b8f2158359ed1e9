/**
 * The search index is split by language and publication year into several Pagefind bundles
 * (scripts/postbuild/pagefind-bundles.ts) that the search page merges. Pagefind ranks each bundle on
 * its own statistics, so this checks, in Chromium against the served export, that readers lose
 * nothing against one bundle per language built here from the same story pages: every page a
 * word is found in is found, a story's own headline finds the same best match, a date sort is
 * one order over every bundle, and a query does not fetch far more bytes.
 *
 * The reference index is served to the browser from a temporary folder by request interception,
 * under `/reference-pagefind/`, so the export is never written to.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_BUNDLES_PER_LANGUAGE } from '@/scripts/postbuild/pagefind-bundles';
import { closeBrowser, openPage } from '../support/browser';
import { builtStories, foldForSearch } from '../support/built-stories';
import { exportPages } from '../support/export-pages';
import { exportRoot } from '../support/served';

const REFERENCE = '/reference-pagefind/';
let referenceDir = '';
let referenceMerge: { bundlePath: string; language: string }[] = [];

/** One bundle per language over every story page of the export: what the index was before the year split. */
beforeAll(async () => {
  referenceDir = mkdtempSync(path.join(tmpdir(), 'reference-pagefind-'));
  const byLanguage = new Map<string, { url: string; content: string }[]>();
  for (const p of exportPages(exportRoot()).filter((p) => p.kind === 'page' && /^\/articles\/[^/]+\/$/.test(p.urlPath))) {
    const content = readFileSync(p.file, 'utf8');
    const body = content.match(/<[a-z]+\b[^>]*\bdata-pagefind-body\b[^>]*>/)?.[0];
    if (!body) continue;
    const lang = body.match(/\blang="([a-z]{2,3})/i)?.[1]?.toLowerCase() ?? 'en';
    const key = lang === 'und' ? 'en' : lang;
    byLanguage.set(key, [...(byLanguage.get(key) ?? []), { url: p.urlPath, content }]);
  }
  const languages = [...byLanguage.keys()].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : (byLanguage.get(b)?.length ?? 0) - (byLanguage.get(a)?.length ?? 0)));
  for (const lang of languages) {
    const { index } = await pagefind.createIndex({ forceLanguage: lang, excludeSelectors: ['a[href^="#p-"]'] });
    if (!index) throw new Error(`no ${lang} index`);
    for (const page of byLanguage.get(lang) ?? []) await index.addHTMLFile(page);
    await index.writeFiles({ outputPath: path.join(referenceDir, lang) });
  }
  await pagefind.close();
  const primary = languages[0] ?? 'en';
  referenceMerge = languages.slice(1).map((language) => ({ bundlePath: `${REFERENCE}${language}/`, language }));
  // The primary bundle is served at the root of /reference-pagefind/.
  referenceRoot = path.join(referenceDir, primary);
}, 600_000);

let referenceRoot = '';
afterAll(async () => {
  await closeBrowser();
  rmSync(referenceDir, { recursive: true, force: true });
});

const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** Serves /reference-pagefind/ from the reference folder, and counts the bytes of every search file the page fetches. */
async function instrument(page: Page): Promise<{ bytes: () => number; reset: () => void }> {
  let bytes = 0;
  await page.route(`**${REFERENCE}**`, async (route) => {
    const rest = new URL(route.request().url()).pathname.slice(REFERENCE.length);
    const [first, ...tail] = rest.split('/');
    const file = referenceMerge.some((m) => m.language === first) ? path.join(referenceDir, first ?? '', ...tail) : path.join(referenceRoot, rest);
    try {
      const body = readFileSync(file);
      bytes += body.length;
      await route.fulfill({ body, contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    } catch {
      await route.fulfill({ status: 404 });
    }
  });
  // The search page's own UI is kept from starting: these queries load Pagefind themselves.
  await page.route('**/pagefind/pagefind-ui.js', (route) => route.abort());
  page.on('response', (response) => {
    if (/\/pagefind[^/]*\//.test(new URL(response.url()).pathname) && response.ok()) void response.body().then((b) => (bytes += b.length), () => undefined);
  });
  return { bytes: () => bytes, reset: () => (bytes = 0) };
}

const resultSchema = z.object({ bytes: z.number(), results: z.array(z.object({ url: z.string(), excerpt: z.string(), date: z.string().nullable() })) });
type Searched = { bytes: number; results: { url: string; excerpt: string; date: string | null }[] };

/** Runs `term` the way the search UI does (merge every listed bundle, load the filters, search, open the first five results), over the split index or the reference. */
async function query(kind: 'split' | 'reference', term: string, sort: 'relevance' | 'desc' | 'asc' = 'relevance'): Promise<Searched> {
  const { page, close } = await openPage('/search/', { javaScript: true });
  try {
    const counter = await instrument(page);
    await page.exposeFunction('__searchBytes', () => counter.bytes());
    await page.reload({ waitUntil: 'networkidle' });
    counter.reset();
    const root = kind === 'split' ? '/pagefind/' : REFERENCE;
    const merged = kind === 'split' ? null : referenceMerge;
    // A string, so the test runner does not rewrite the browser's dynamic import.
    const script = `(async () => {
      const pf = await import('${root}pagefind.js');
      const merged = ${merged ? JSON.stringify(merged) : `await (await fetch('/pagefind/merge-index.json')).json()`};
      // As enhance/search.ts does: under a date sort each bundle carries its weight.
      for (const { bundlePath, language, dateSortWeight } of merged) await pf.mergeIndex(bundlePath, ${sort === 'relevance' ? '{ language }' : '{ language, indexWeight: dateSortWeight ?? 1 }'});
      await pf.filters();
      const search = await pf.search(${JSON.stringify(term)}${sort === 'relevance' ? '' : `, { sort: { date: '${sort}' } }`});
      const first = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
      await new Promise((r) => setTimeout(r, 300));
      const bytes = await window.__searchBytes();
      const rest = await Promise.all(search.results.slice(5).map((r) => r.data()));
      return { bytes, results: [...first, ...rest].map((d) => ({ url: d.url, excerpt: d.excerpt, date: d.meta?.date ?? null })) };
    })()`;
    return resultSchema.parse(await page.evaluate(script));
  } finally {
    await close();
  }
}

const paths = (s: Searched) => [...new Set(s.results.map((r) => new URL(r.url, 'http://x').pathname))].sort();
/** Highlighted words of a result, folded as Pagefind folds them. */
const marks = (excerpt: string) => [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => foldForSearch(m[1] ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));

/** The word of five letters or more found in most stories' first paragraphs: one a date sort has many results to order by. */
function commonTerm(): string {
  const counts = new Map<string, number>();
  for (const story of builtStories(exportRoot())) {
    for (const word of new Set(((story.blocks[0] ?? '').toLowerCase().match(/\p{L}{5,}/gu) ?? []))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const [best] = [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  if (!best) throw new Error('no story text to search for');
  return best[0];
}

/** Words to look up: the longest word of the first paragraph of a few stories spread over the archive. */
function sampleTerms(count: number): string[] {
  const stories = builtStories(exportRoot());
  const step = Math.max(1, Math.floor(stories.length / count));
  const terms = new Set<string>();
  for (let i = 0; i < stories.length && terms.size < count; i += step) {
    const words = (stories[i]?.blocks[0] ?? '').match(/\p{L}{5,}/gu) ?? [];
    const longest = [...words].sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
    if (longest) terms.add(longest);
  }
  return [...terms];
}

describe('search over year bundles', () => {
  it('lists a bounded number of bundles per language in merge-index.json, each a folder of the export', () => {
    const merged = z.array(z.object({ bundlePath: z.string(), language: z.string() })).parse(JSON.parse(readFileSync(path.join(exportRoot(), 'pagefind', 'merge-index.json'), 'utf8')));
    const perLanguage = new Map<string, number>();
    for (const { bundlePath, language } of merged) {
      expect(statSync(path.join(exportRoot(), bundlePath, 'pagefind-entry.json')).isFile()).toBe(true);
      perLanguage.set(language, (perLanguage.get(language) ?? 0) + 1);
    }
    for (const count of perLanguage.values()) expect(count).toBeLessThanOrEqual(MAX_BUNDLES_PER_LANGUAGE);
  });

  it('finds every page the one-bundle-per-language index finds, adding only prefix fallbacks, at a comparable byte cost', { timeout: 600_000 }, async () => {
    for (const term of sampleTerms(4)) {
      const [split, reference] = [await query('split', term), await query('reference', term)];
      const folded = foldForSearch(term);
      console.log(`"${term}": split ${split.results.length} results, ${Math.round(split.bytes / 1024)} KB; one bundle per language ${reference.results.length} results, ${Math.round(reference.bytes / 1024)} KB`);
      expect(paths(reference).filter((p) => !paths(split).includes(p)), term).toEqual([]);
      // A result the split adds is a bundle's longest-prefix fallback (Pagefind PR #315): every highlight a strict prefix of the term.
      for (const r of split.results.filter((r) => !paths(reference).includes(new URL(r.url, 'http://x').pathname))) {
        const prefixPart = (m: string) => m.split(/[^\p{L}\p{N}]+/u).some((part) => part.length > 0 && part.length < folded.length && folded.startsWith(part));
        expect(marks(r.excerpt).every(prefixPart), `${r.url} for "${term}": ${r.excerpt}`).toBe(true);
      }
      expect(split.bytes).toBeLessThan(reference.bytes * 2);
    }
  });

  it("ranks a story's own headline's best match first, as the one-bundle index does", { timeout: 600_000 }, async () => {
    const stories = builtStories(exportRoot()).filter((s) => s.title.split(' ').length >= 3);
    const picked = [0, 1, 2, 3].map((i) => stories[Math.floor((i * stories.length) / 4)]).filter((s) => s !== undefined);
    expect(picked.length).toBeGreaterThan(0);
    for (const story of picked) {
      const [split, reference] = [await query('split', story.title), await query('reference', story.title)];
      expect(split.results[0]?.url, story.title).toBe(reference.results[0]?.url);
    }
  });

  it('sorts newest first and oldest first across every bundle, as one order, finding the same dated pages', { timeout: 300_000 }, async () => {
    const term = commonTerm();
    const relevance = await query('split', term);
    for (const direction of ['desc', 'asc'] as const) {
      const { results } = await query('split', term, direction);
      const dates = results.map((r) => r.date);
      expect(dates.length).toBeGreaterThan(1);
      // A date sort leaves out undated stories, as Pagefind does in one bundle.
      expect(paths({ bytes: 0, results }), JSON.stringify(results.map((r) => [r.url, r.date]))).toEqual(paths({ bytes: 0, results: relevance.results.filter((r) => r.date !== null) }));
      const sorted = [...dates].sort();
      expect(dates).toEqual(direction === 'desc' ? sorted.reverse() : sorted);
    }
  });
});
