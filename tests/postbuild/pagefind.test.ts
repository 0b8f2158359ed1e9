import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, MERGE_INDEX_FILE, storyLanguage } from '@/scripts/postbuild/pagefind';

const page = (lang: string, text: string) =>
  `<!DOCTYPE html><html lang="en"><body><nav>Menu</nav><article><h1 lang="${lang}">T</h1><div data-pagefind-body lang="${lang}"><p>${text}</p></div></article></body></html>`;

describe('storyLanguage', () => {
  it('reads the lang of the element marked data-pagefind-body, not the html element', () => {
    expect(storyLanguage(page('be', 'x'))).toBe('be');
    expect(storyLanguage('<html lang="en"><div data-pagefind-body class="p" lang="uk-UA">x</div></html>')).toBe('uk');
    expect(storyLanguage('<html lang="en"><div data-pagefind-body>x</div></html>')).toBeNull();
  });
});

describe('buildSearchIndex', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pagefind-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (slug: string, html: string) => {
    mkdirSync(path.join(dir, 'articles', slug), { recursive: true });
    writeFileSync(path.join(dir, 'articles', slug, 'index.html'), html);
  };
  write('english', page('en', 'The ministry tested new radars near Brest.'));
  write('undetermined', page('und', 'Brest 2019'));
  write('russian', page('ru', 'Министерство испытало новые радары под Брестом.'));
  write('old-slug', '<!DOCTYPE html><html lang="en"><head><meta http-equiv="refresh" content="0; url=/articles/english/"></head><body></body></html>');

  it('indexes each story in its own language, the site language and und together, and skips redirect stubs', { timeout: 60_000 }, async () => {
    const result = await buildSearchIndex(dir, { recordFile: path.join(dir, 'record.json') });
    expect(result.languages).toEqual({ en: 2, ru: 1 });
    // Undated stories: one bundle per language, the site language's in the primary folder.
    expect(result.reindexed).toEqual(['pagefind', 'pagefind-ru-undated']);
    expect(existsSync(path.join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(path.join(dir, 'pagefind-ru-undated', 'pagefind.js'))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'pagefind', MERGE_INDEX_FILE), 'utf8'))).toEqual([{ bundlePath: '/pagefind-ru-undated/', language: 'ru', dateSortWeight: 1 }]);
    const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-ru-undated', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['ru']);
  });

  it('puts the largest language in the primary bundle when no story is in the site language, so search still loads', { timeout: 60_000 }, async () => {
    const only = mkdtempSync(path.join(tmpdir(), 'pagefind-rtl-'));
    try {
      const put = (slug: string, html: string) => {
        mkdirSync(path.join(only, 'articles', slug), { recursive: true });
        writeFileSync(path.join(only, 'articles', slug, 'index.html'), html);
      };
      put('arabic-one', page('ar', 'قالت الوزارة إن الشاحنات وصلت إلى مينسك.'));
      put('arabic-two', page('ar', 'جرت التجارب قرب مدينة بوريسوف في الخريف.'));
      put('hebrew', page('he', 'המפעל הציג כוונת לילה חדשה.'));
      const result = await buildSearchIndex(only, { recordFile: path.join(only, 'record.json') });
      expect(result.languages).toEqual({ ar: 2, he: 1 });
      const entry = JSON.parse(readFileSync(path.join(only, 'pagefind', 'pagefind-entry.json'), 'utf8'));
      expect(Object.keys(entry.languages)).toEqual(['ar']);
      expect(JSON.parse(readFileSync(path.join(only, 'pagefind', MERGE_INDEX_FILE), 'utf8'))).toEqual([{ bundlePath: '/pagefind-he-undated/', language: 'he', dateSortWeight: 1 }]);
    } finally {
      rmSync(only, { recursive: true, force: true });
    }
  });
});
