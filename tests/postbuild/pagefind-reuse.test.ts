import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, MERGE_INDEX_FILE } from '@/scripts/postbuild/pagefind';
import { bundleFingerprint } from '@/scripts/postbuild/pagefind-reuse';

const root = mkdtempSync(path.join(tmpdir(), 'pagefind-reuse-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A story page: menus and a related list around the marked body, its facets beside it (as components/search/search-facets.tsx renders them). */
const page = (lang: string, title: string, text: string, date: string | null, around = 'Older: none', entity = 'Brest') =>
  `<!DOCTYPE html><html lang="en"><body><nav>Menu</nav><article><h1 lang="${lang}">${title}</h1><div data-pagefind-body lang="${lang}"><p>${text}</p></div>` +
  `<div hidden data-search-facets><span data-pagefind-meta="title">${title}</span>${date ? `<span data-pagefind-sort="date">${date}</span>` : ''}<span data-pagefind-filter="entity">${entity}</span></div>` +
  `<aside><h2>Related stories</h2><p>${around}</p></aside></article></body></html>`;

/** Stories written for these tests: slug → [language, title, text, date]. A slug `year-<y>` not listed is an English story dated in year y. */
const STORIES: Record<string, [string, string, string, string | null]> = {
  radars: ['en', 'Radars tested', 'The ministry tested two new radars near Brest on a windy morning.', '2019-05-02'],
  chassis: ['en', 'Chassis delivered', 'The plant delivered twelve wheeled chassis to the air defence brigade.', '2019-07-11'],
  depot: ['en', 'Depot opened', 'A repair depot for tracked vehicles opened outside Baranovichi.', '2018-02-20'],
  tender: ['en', 'Tender won', 'A local works won the tender for field kitchens and tents.', '2018-11'],
  convoy: ['en', 'Convoy seen', 'Residents filmed a convoy of trucks heading towards the border.', '2017-06-01'],
  undated: ['und', 'Brest 2019', 'Brest 2019', null],
  leaflet: ['en', 'Leaflet', 'A leaflet about the plant open day, with no date on it.', null],
  zavod: ['ru', 'Завод', 'Завод поставил новые шасси для частей противовоздушной обороны.', '2018-03'],
  ispytaniya: ['ru', 'Испытания', 'Инженеры испытали радиолокационные узлы на полигоне.', '2019-10-01'],
  werk: ['de', 'Werk', 'Das Werk lieferte neue Fahrgestelle an die Luftverteidigung.', '2020-01-15'],
  mashriq: ['ar', 'الشاحنات', 'قالت الوزارة إن الشاحنات وصلت إلى مينسك في الصباح.', '2017-02-02'],
  madina: ['ar', 'التجارب', 'جرت التجارب قرب مدينة بوريسوف في الخريف.', '2017-09'],
  mifal: ['he', 'מפעל', 'המפעל הציג כוונת לילה חדשה לתערוכה.', '2018-04-04'],
};

const story = (slug: string): [string, string, string, string | null] =>
  STORIES[slug] ?? ['en', slug, `Plant output report ${slug.replace('-', ' ')}.`, `${slug.replace(/^year-/, '')}-06-01`];

let exports = 0;
/** A fresh export folder holding the story pages `slugs` (with `lang` overriding a story's language), and a record file of its own. */
function exportWith(slugs: string[], lang: Record<string, string> = {}): { dir: string; record: string } {
  const dir = path.join(root, `export-${++exports}`);
  writePages(dir, slugs, lang);
  return { dir, record: path.join(root, `record-${exports}.json`) };
}

/** Makes `articles/` of `dir` hold exactly the story pages `slugs`. */
function writePages(dir: string, slugs: string[], lang: Record<string, string> = {}): void {
  rmSync(path.join(dir, 'articles'), { recursive: true, force: true });
  for (const slug of slugs) {
    const [storyLang, title, text, date] = story(slug);
    mkdirSync(path.join(dir, 'articles', slug), { recursive: true });
    writeFileSync(path.join(dir, 'articles', slug, 'index.html'), page(lang[slug] ?? storyLang, title, text, date));
  }
}

/** Every file of the export's pagefind folders, by relative path, with the SHA-256 of its bytes (comparing the bytes themselves is slow in expect). */
function searchFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const top of readdirSync(dir).filter((d) => d === 'pagefind' || d.startsWith('pagefind-')).sort()) {
    for (const entry of readdirSync(path.join(dir, top), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files.set(path.relative(dir, path.join(entry.parentPath, entry.name)), createHash('sha256').update(readFileSync(path.join(entry.parentPath, entry.name))).digest('hex'));
    }
  }
  return files;
}

/** Inode and modification time of each file in one pagefind folder: a kept bundle's stay the same. */
function stamps(dir: string, bundle: string): string[] {
  return readdirSync(path.join(dir, bundle), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const s = statSync(path.join(e.parentPath, e.name));
      return `${e.name} ${s.ino} ${s.mtimeMs}`;
    })
    .sort();
}

/** A cold index (every bundle written) of the pages `slugs` in a folder of its own. */
async function coldIndexOf(slugs: string[], lang: Record<string, string> = {}): Promise<Map<string, string>> {
  const cold = exportWith(slugs, lang);
  await buildSearchIndex(cold.dir, { recordFile: cold.record });
  return searchFiles(cold.dir);
}

const INDEX_TIMEOUT = { timeout: 120_000 };

describe('buildSearchIndex with reuse', () => {
  it('re-indexes only the year bundle an added story falls in, and the result equals a cold index', INDEX_TIMEOUT, async () => {
    const { dir, record } = exportWith(['radars', 'depot', 'convoy', 'zavod']);
    await buildSearchIndex(dir, { recordFile: record });
    const before = ['pagefind', 'pagefind-en-2017', 'pagefind-ru-2018'].map((b) => stamps(dir, b).filter((s) => !s.startsWith(MERGE_INDEX_FILE)));
    writePages(dir, ['radars', 'depot', 'convoy', 'zavod', 'tender']);
    const result = await buildSearchIndex(dir, { reuse: true, recordFile: record });
    expect(result.reindexed).toEqual(['pagefind-en-2018']);
    expect(result.reindexedPages).toBe(2);
    expect(result.languages).toEqual({ en: 4, ru: 1 });
    expect(['pagefind', 'pagefind-en-2017', 'pagefind-ru-2018'].map((b) => stamps(dir, b).filter((s) => !s.startsWith(MERGE_INDEX_FILE)))).toEqual(before);
    expect(searchFiles(dir)).toEqual(await coldIndexOf(['radars', 'depot', 'convoy', 'zavod', 'tender']));
  });

  it('puts undated stories in a bundle of their own, so an undated story re-indexes only that one', INDEX_TIMEOUT, async () => {
    const { dir, record } = exportWith(['radars', 'depot', 'undated']);
    await buildSearchIndex(dir, { recordFile: record });
    writePages(dir, ['radars', 'depot', 'undated', 'leaflet']);
    const result = await buildSearchIndex(dir, { reuse: true, recordFile: record });
    expect(result.reindexed).toEqual(['pagefind-en-undated']);
    expect(searchFiles(dir)).toEqual(await coldIndexOf(['radars', 'depot', 'undated', 'leaflet']));
  });

  it('moves the primary folder to a new newest year, re-indexing that year and the one it held', INDEX_TIMEOUT, async () => {
    const { dir, record } = exportWith(['depot', 'convoy']);
    await buildSearchIndex(dir, { recordFile: record });
    writePages(dir, ['depot', 'convoy', 'radars']);
    const result = await buildSearchIndex(dir, { reuse: true, recordFile: record });
    expect(result.reindexed).toEqual(['pagefind', 'pagefind-en-2018']);
    expect(JSON.parse(readFileSync(path.join(dir, 'pagefind', MERGE_INDEX_FILE), 'utf8'))).toEqual([
      // Date sort weights: 2017 → 1, 2018 → 1 × (1 page + 2) = 3, 2019 → 3 × 3 = 9, relative to the primary (2019).
      { bundlePath: '/pagefind-en-2017/', language: 'en', dateSortWeight: 1 / 9 },
      { bundlePath: '/pagefind-en-2018/', language: 'en', dateSortWeight: 3 / 9 },
    ]);
    expect(searchFiles(dir)).toEqual(await coldIndexOf(['depot', 'convoy', 'radars']));
  });

  it('keeps every bundle when no story page changed', INDEX_TIMEOUT, async () => {
    const { dir, record } = exportWith(['radars', 'zavod']);
    await buildSearchIndex(dir, { recordFile: record });
    const [enBefore, ruBefore] = [stamps(dir, 'pagefind'), stamps(dir, 'pagefind-ru-2018')];
    const result = await buildSearchIndex(dir, { reuse: true, recordFile: record });
    expect(result.reindexed).toEqual([]);
    // Only merge-index.json, written after every build, is new in the primary folder.
    expect(stamps(dir, 'pagefind').filter((s) => !s.startsWith(MERGE_INDEX_FILE))).toEqual(enBefore.filter((s) => !s.startsWith(MERGE_INDEX_FILE)));
    expect(stamps(dir, 'pagefind-ru-2018')).toEqual(ruBefore);
  });

  it('keeps a bundle whose pages changed only outside what Pagefind reads, and that bundle equals a cold index of the new pages', INDEX_TIMEOUT, async () => {
    const { dir, record } = exportWith(['radars', 'chassis']);
    await buildSearchIndex(dir, { recordFile: record });
    // A neighbour re-rendered: its related list and menu changed, its body and facets did not.
    const [, title, text, date] = story('radars');
    const rerendered = page('en', title, text, date, 'Newer: Chassis delivered').replace('<nav>Menu</nav>', '<nav>Menu · Search</nav>');
    writeFileSync(path.join(dir, 'articles', 'radars', 'index.html'), rerendered);
    expect((await buildSearchIndex(dir, { reuse: true, recordFile: record })).reindexed).toEqual([]);
    const cold = exportWith(['chassis']);
    mkdirSync(path.join(cold.dir, 'articles', 'radars'), { recursive: true });
    writeFileSync(path.join(cold.dir, 'articles', 'radars', 'index.html'), rerendered);
    await buildSearchIndex(cold.dir, { recordFile: cold.record });
    expect(searchFiles(dir)).toEqual(searchFiles(cold.dir));
    // A filter is read by Pagefind wherever it sits: changing one re-indexes.
    writeFileSync(path.join(dir, 'articles', 'radars', 'index.html'), page('en', title, text, date, 'Newer: Chassis delivered', 'Minsk'));
    expect((await buildSearchIndex(dir, { reuse: true, recordFile: record })).reindexed).toEqual(['pagefind']);
  });

  it('re-indexes a story page whose body changed, even at the same address', INDEX_TIMEOUT, async () => {
    const { dir, record } = exportWith(['radars', 'zavod', 'ispytaniya']);
    await buildSearchIndex(dir, { recordFile: record });
    writeFileSync(path.join(dir, 'articles', 'zavod', 'index.html'), page('ru', 'Завод', 'Завод поставил шасси.', '2018-03'));
    expect((await buildSearchIndex(dir, { reuse: true, recordFile: record })).reindexed).toEqual(['pagefind-ru-2018']);
  });

  it('re-indexes the bundle a story joins and deletes the one it left when it moves from Russian to English', INDEX_TIMEOUT, async () => {
    const { dir, record } = exportWith(['radars', 'zavod', 'ispytaniya']);
    await buildSearchIndex(dir, { recordFile: record });
    writePages(dir, ['radars', 'zavod', 'ispytaniya'], { ispytaniya: 'en' });
    const result = await buildSearchIndex(dir, { reuse: true, recordFile: record });
    expect(result.reindexed).toEqual(['pagefind']);
    expect(result.languages).toEqual({ en: 2, ru: 1 });
    expect(readdirSync(dir).filter((d) => d.startsWith('pagefind')).sort()).toEqual(['pagefind', 'pagefind-ru-2018']);
    expect(searchFiles(dir)).toEqual(await coldIndexOf(['radars', 'zavod', 'ispytaniya'], { ispytaniya: 'en' }));
  });

  it('deletes the bundle of a language whose last story went, and lists a new language in merge-index.json', INDEX_TIMEOUT, async () => {
    const { dir, record } = exportWith(['radars', 'zavod']);
    await buildSearchIndex(dir, { recordFile: record });
    writePages(dir, ['radars', 'werk']);
    const result = await buildSearchIndex(dir, { reuse: true, recordFile: record });
    expect(result.reindexed).toEqual(['pagefind-de-2020']);
    expect(readdirSync(dir).filter((d) => d.startsWith('pagefind')).sort()).toEqual(['pagefind', 'pagefind-de-2020']);
    expect(JSON.parse(readFileSync(path.join(dir, 'pagefind', MERGE_INDEX_FILE), 'utf8'))).toEqual([{ bundlePath: '/pagefind-de-2020/', language: 'de', dateSortWeight: 3 }]);
    expect(searchFiles(dir)).toEqual(await coldIndexOf(['radars', 'werk']));
  });

  it('rewrites the primary folder when its language changes (the first site-language story in an archive without one)', INDEX_TIMEOUT, async () => {
    const { dir, record } = exportWith(['mashriq', 'madina', 'mifal']);
    await buildSearchIndex(dir, { recordFile: record });
    const heBefore = stamps(dir, 'pagefind-he-2018');
    writePages(dir, ['mashriq', 'madina', 'mifal', 'radars']);
    const result = await buildSearchIndex(dir, { reuse: true, recordFile: record });
    // pagefind/ held Arabic and now holds English; Arabic moves to a folder of its own; Hebrew stays.
    expect(result.reindexed).toEqual(['pagefind', 'pagefind-ar-2017']);
    expect(stamps(dir, 'pagefind-he-2018')).toEqual(heBefore);
    expect(searchFiles(dir)).toEqual(await coldIndexOf(['mashriq', 'madina', 'mifal', 'radars']));
  });

  it('re-indexes every bundle when the archive outgrows one bundle a year, and stays within the bound', INDEX_TIMEOUT, async () => {
    const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `year-${from + i}`);
    const { dir, record } = exportWith(years(2000, 2005));
    const first = await buildSearchIndex(dir, { recordFile: record });
    expect(first.bundles).toBe(6);
    writePages(dir, years(2000, 2006));
    const result = await buildSearchIndex(dir, { reuse: true, recordFile: record });
    // Seven years past a bound of six: two-year spans aligned to even years, 2000–2001 … 2006–2007, four bundles, all new.
    expect(result.bundles).toBe(4);
    expect(result.reindexed).toEqual(['pagefind', ...[2000, 2002, 2004].map((y) => `pagefind-en-${y}`)]);
    expect(searchFiles(dir)).toEqual(await coldIndexOf(years(2000, 2006)));
  });

  it('re-indexes a bundle whose folder lost a file, and every bundle without a readable record or without reuse', INDEX_TIMEOUT, async () => {
    const { dir, record } = exportWith(['radars', 'zavod']);
    await buildSearchIndex(dir, { recordFile: record });
    const fragments = path.join(dir, 'pagefind-ru-2018', 'fragment');
    const fragment = readdirSync(fragments)[0];
    if (fragment === undefined) throw new Error('the Russian bundle has no fragment');
    unlinkSync(path.join(fragments, fragment));
    expect((await buildSearchIndex(dir, { reuse: true, recordFile: record })).reindexed).toEqual(['pagefind-ru-2018']);
    writeFileSync(record, '{"bundles": "torn');
    expect((await buildSearchIndex(dir, { reuse: true, recordFile: record })).reindexed).toEqual(['pagefind', 'pagefind-ru-2018']);
    expect((await buildSearchIndex(dir, { recordFile: record })).reindexed).toEqual(['pagefind', 'pagefind-ru-2018']);
  });
});

describe('bundleFingerprint', () => {
  const body = (text: string, around = '') => `<html lang="en"><body>${around}<div data-pagefind-body lang="en"><p>${text}</p></div></body></html>`;
  const a = { url: '/articles/a/', content: body('one') };
  const b = { url: '/articles/b/', content: body('two') };
  const pages = [a, b];
  const base = { dir: 'pagefind', lang: 'en', pages };
  it('changes with any read byte, address, order, folder, language or index setting, and with nothing else', () => {
    const fp = bundleFingerprint(base, 's');
    expect(bundleFingerprint({ ...base, pages: pages.map((p) => ({ ...p })) }, 's')).toBe(fp);
    expect(bundleFingerprint({ ...base, pages: [a, { ...b, content: body('two', '<nav>Older: a</nav>') }] }, 's')).toBe(fp);
    const variants = [
      bundleFingerprint({ ...base, pages: [a, { url: '/articles/b/', content: body('two!') }] }, 's'),
      bundleFingerprint({ ...base, pages: [a, { url: '/articles/b/', content: body('two', '<span data-pagefind-filter="entity">Minsk</span>') }] }, 's'),
      bundleFingerprint({ ...base, pages: [a, { url: '/articles/c/', content: body('two') }] }, 's'),
      bundleFingerprint({ ...base, pages: [b, a] }, 's'),
      bundleFingerprint({ ...base, pages: [a] }, 's'),
      bundleFingerprint({ ...base, dir: 'pagefind-en' }, 's'),
      bundleFingerprint({ ...base, lang: 'de' }, 's'),
      bundleFingerprint(base, 't'),
    ];
    expect(new Set([fp, ...variants]).size).toBe(variants.length + 1);
  });
});
