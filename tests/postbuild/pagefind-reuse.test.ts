import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, MERGE_INDEX_FILE } from '@/scripts/postbuild/pagefind';
import { bundleFingerprint } from '@/scripts/postbuild/pagefind-reuse';

const root = mkdtempSync(path.join(tmpdir(), 'pagefind-reuse-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (lang: string, title: string, text: string) =>
  `<!DOCTYPE html><html lang="en"><body><nav>Menu</nav><article><h1 lang="${lang}">${title}</h1><div data-pagefind-body lang="${lang}"><span data-pagefind-meta="title">${title}</span><p>${text}</p></div></article></body></html>`;

/** Stories written for these tests: slug → [language, title, text]. */
const STORIES: Record<string, [string, string, string]> = {
  radars: ['en', 'Radars tested', 'The ministry tested two new radars near Brest on a windy morning.'],
  chassis: ['en', 'Chassis delivered', 'The plant delivered twelve wheeled chassis to the air defence brigade.'],
  undated: ['und', 'Brest 2019', 'Brest 2019'],
  zavod: ['ru', 'Завод', 'Завод поставил новые шасси для частей противовоздушной обороны.'],
  ispytaniya: ['ru', 'Испытания', 'Инженеры испытали радиолокационные узлы на полигоне.'],
  werk: ['de', 'Werk', 'Das Werk lieferte neue Fahrgestelle an die Luftverteidigung.'],
  mashriq: ['ar', 'الشاحنات', 'قالت الوزارة إن الشاحنات وصلت إلى مينسك في الصباح.'],
  madina: ['ar', 'التجارب', 'جرت التجارب قرب مدينة بوريسوف في الخريف.'],
  mifal: ['he', 'מפעל', 'המפעל הציג כוונת לילה חדשה לתערוכה.'],
};

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
    const [storyLang, title, text] = STORIES[slug] ?? ['en', slug, slug];
    mkdirSync(path.join(dir, 'articles', slug), { recursive: true });
    writeFileSync(path.join(dir, 'articles', slug, 'index.html'), page(lang[slug] ?? storyLang, title, text));
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
  it('re-indexes only the English bundle when an English story is added, and the result equals a cold index', INDEX_TIMEOUT, async () => {
    const { dir, record } = exportWith(['radars', 'undated', 'zavod']);
    await buildSearchIndex(dir, { recordFile: record });
    const ruBefore = stamps(dir, 'pagefind-ru');
    writePages(dir, ['radars', 'undated', 'zavod', 'chassis']);
    const result = await buildSearchIndex(dir, { reuse: true, recordFile: record });
    expect(result.reindexed).toEqual(['en']);
    expect(result.languages).toEqual({ en: 3, ru: 1 });
    expect(stamps(dir, 'pagefind-ru')).toEqual(ruBefore);
    expect(searchFiles(dir)).toEqual(await coldIndexOf(['radars', 'undated', 'zavod', 'chassis']));
  });

  it('keeps every bundle when no story page changed', INDEX_TIMEOUT, async () => {
    const { dir, record } = exportWith(['radars', 'zavod']);
    await buildSearchIndex(dir, { recordFile: record });
    const [enBefore, ruBefore] = [stamps(dir, 'pagefind'), stamps(dir, 'pagefind-ru')];
    const result = await buildSearchIndex(dir, { reuse: true, recordFile: record });
    expect(result.reindexed).toEqual([]);
    // Only merge-index.json, written after every build, is new in the primary folder.
    expect(stamps(dir, 'pagefind').filter((s) => !s.startsWith(MERGE_INDEX_FILE))).toEqual(enBefore.filter((s) => !s.startsWith(MERGE_INDEX_FILE)));
    expect(stamps(dir, 'pagefind-ru')).toEqual(ruBefore);
  });

  it('re-indexes a story page whose bytes changed, even at the same address', INDEX_TIMEOUT, async () => {
    const { dir, record } = exportWith(['radars', 'zavod', 'ispytaniya']);
    await buildSearchIndex(dir, { recordFile: record });
    writeFileSync(path.join(dir, 'articles', 'zavod', 'index.html'), page('ru', 'Завод', 'Завод поставил шасси.'));
    expect((await buildSearchIndex(dir, { reuse: true, recordFile: record })).reindexed).toEqual(['ru']);
  });

  it('re-indexes both bundles when a story moves from Russian to English', INDEX_TIMEOUT, async () => {
    const { dir, record } = exportWith(['radars', 'zavod', 'ispytaniya']);
    await buildSearchIndex(dir, { recordFile: record });
    writePages(dir, ['radars', 'zavod', 'ispytaniya'], { ispytaniya: 'en' });
    const result = await buildSearchIndex(dir, { reuse: true, recordFile: record });
    expect(result.reindexed).toEqual(['en', 'ru']);
    expect(result.languages).toEqual({ en: 2, ru: 1 });
    expect(searchFiles(dir)).toEqual(await coldIndexOf(['radars', 'zavod', 'ispytaniya'], { ispytaniya: 'en' }));
  });

  it('deletes the bundle of a language whose last story went, and lists a new language in merge-index.json', INDEX_TIMEOUT, async () => {
    const { dir, record } = exportWith(['radars', 'zavod']);
    await buildSearchIndex(dir, { recordFile: record });
    writePages(dir, ['radars', 'werk']);
    const result = await buildSearchIndex(dir, { reuse: true, recordFile: record });
    expect(result.reindexed).toEqual(['de']);
    expect(readdirSync(dir).filter((d) => d.startsWith('pagefind')).sort()).toEqual(['pagefind', 'pagefind-de']);
    expect(JSON.parse(readFileSync(path.join(dir, 'pagefind', MERGE_INDEX_FILE), 'utf8'))).toEqual([{ bundlePath: '/pagefind-de/', language: 'de' }]);
    expect(searchFiles(dir)).toEqual(await coldIndexOf(['radars', 'werk']));
  });

  it('rewrites the primary folder when its language changes (the first site-language story in an archive without one)', INDEX_TIMEOUT, async () => {
    const { dir, record } = exportWith(['mashriq', 'madina', 'mifal']);
    await buildSearchIndex(dir, { recordFile: record });
    const heBefore = stamps(dir, 'pagefind-he');
    writePages(dir, ['mashriq', 'madina', 'mifal', 'radars']);
    const result = await buildSearchIndex(dir, { reuse: true, recordFile: record });
    // pagefind/ held Arabic and now holds English; Arabic moves to a folder of its own; Hebrew stays.
    expect(result.reindexed).toEqual(['en', 'ar']);
    expect(stamps(dir, 'pagefind-he')).toEqual(heBefore);
    expect(searchFiles(dir)).toEqual(await coldIndexOf(['mashriq', 'madina', 'mifal', 'radars']));
  });

  it('re-indexes a bundle whose folder lost a file, and every bundle without a readable record or without reuse', INDEX_TIMEOUT, async () => {
    const { dir, record } = exportWith(['radars', 'zavod']);
    await buildSearchIndex(dir, { recordFile: record });
    const fragments = path.join(dir, 'pagefind-ru', 'fragment');
    const fragment = readdirSync(fragments)[0];
    if (fragment === undefined) throw new Error('the Russian bundle has no fragment');
    unlinkSync(path.join(fragments, fragment));
    expect((await buildSearchIndex(dir, { reuse: true, recordFile: record })).reindexed).toEqual(['ru']);
    writeFileSync(record, '{"bundles": "torn');
    expect((await buildSearchIndex(dir, { reuse: true, recordFile: record })).reindexed).toEqual(['en', 'ru']);
    expect((await buildSearchIndex(dir, { recordFile: record })).reindexed).toEqual(['en', 'ru']);
  });
});

describe('bundleFingerprint', () => {
  const a = { url: '/articles/a/', content: '<p>one</p>' };
  const b = { url: '/articles/b/', content: '<p>two</p>' };
  const pages = [a, b];
  const base = { dir: 'pagefind', lang: 'en', pages };
  it('changes with any page byte, address, order, folder, language or index setting, and with nothing else', () => {
    const fp = bundleFingerprint(base, 's');
    expect(bundleFingerprint({ ...base, pages: pages.map((p) => ({ ...p })) }, 's')).toBe(fp);
    const variants = [
      bundleFingerprint({ ...base, pages: [a, { url: '/articles/b/', content: '<p>two!</p>' }] }, 's'),
      bundleFingerprint({ ...base, pages: [a, { url: '/articles/c/', content: '<p>two</p>' }] }, 's'),
      bundleFingerprint({ ...base, pages: [b, a] }, 's'),
      bundleFingerprint({ ...base, pages: [a] }, 's'),
      bundleFingerprint({ ...base, dir: 'pagefind-en' }, 's'),
      bundleFingerprint({ ...base, lang: 'de' }, 's'),
      bundleFingerprint(base, 't'),
    ];
    expect(new Set([fp, ...variants]).size).toBe(variants.length + 1);
  });
});
