/**
 * The site masthead across files (extract/outlet-template.ts): a name-shaped line at the top of three or more
 * independent files of the archive, and the lines at the top of as many files that are not one (a section
 * word of the menu, a common noun, a byline under the headline, a menu item, a date, two names tied).
 * Pages, sites and names are made up; each archive is counted by findSiteTemplate as the build counts it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileArchive } from '@/lib/content/archive';
import type { SourceFile } from '@/lib/content/source/read-folder';
import { compileArticle, sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { siteMastheadFind } from '@/lib/content/extract/outlet-template';
import { findSiteTemplate } from '@/lib/content/segment/site-template';

const STORIES = [
  'The town council agreed on Monday to repair the old stone bridge before the spring floods arrive.',
  'A local bakery has started delivering bread by bicycle to villages along the northern shore.',
  'Volunteers planted four hundred oak saplings on the hill above the railway station at the weekend.',
  'The swimming pool will close for a month in summer while its roof and changing rooms are rebuilt.',
  'Fishermen say the mackerel arrived two weeks early this year and the boats have been out every night.',
  'The museum has lent its oldest map of the harbour to a gallery in the capital for an exhibition.',
  'Parents asked the school board to move the start of the day to nine so pupils can sleep longer.',
];
/** A page: its top lines, a headline, one story paragraph and its bottom lines. */
const page = (top: string[], i: number, bottom: string[] = []) => [...top, '', `Headline number ${i + 1} of the week`, '', STORIES[i]!, '', ...bottom].join('\n');
const en = nameStopwords('en');
/** The find for page `i` of `pages`, read against the template of all of them. */
const findOn = (pages: string[], i: number, headline: number | null = null) => siteMastheadFind(sourceLines(pages[i]!), findSiteTemplate(pages), en, headline);

describe('the site masthead across files', () => {
  it('reads a lone name at the top of three files as the outlet, with the count of files it tops', () => {
    const pages = [0, 1, 2].map((i) => page(['Saltmarsh Herald'], i));
    const find = findOn(pages, 0);
    expect(find).toMatchObject({ value: 'Saltmarsh Herald', line: 1, kind: 'site masthead' });
    expect(find?.text).toBe('Saltmarsh Herald (repeats at the top of 3 files)');
  });

  it('counts a name among the first three lines, under a skip link', () => {
    const pages = [0, 1, 2, 3].map((i) => page(['Skip to the main content', 'Harrowgate Echo'], i));
    expect(findOn(pages, 3)?.text).toBe('Harrowgate Echo (repeats at the top of 4 files)');
  });

  it('needs three files: two are not enough', () => {
    const pages = [page(['Saltmarsh Herald'], 0), page(['Saltmarsh Herald'], 1), page(['Another Site'], 2)];
    expect(findOn(pages, 0)).toBeNull();
  });

  it('needs independent files: three copies of one story are one file', () => {
    const long = (w: string) => `${w} paragraph of the one republished story, long enough for the copy check to count it as the file's own text.`;
    const story = [long('First'), long('Second'), long('Third')].join('\n');
    const pages = [0, 1, 2].map(() => `Saltmarsh Herald\n\nOne headline\n\n${story}`);
    expect(findOn(pages, 0)).toBeNull();
  });

  it('needs the line at the top: a name three files print only lower down is not the masthead', () => {
    const pages = [0, 1, 2].map((i) => page(['Home'], i, ['Saltmarsh Herald']));
    expect(siteMastheadFind(sourceLines(pages[0]!), findSiteTemplate(pages), en)?.value ?? null).not.toBe('Saltmarsh Herald');
  });

  it('does not take a section label the page lists in its menu', () => {
    const menu = ['Home', 'City Life', 'Sport', 'Culture'];
    const pages = [0, 1, 2, 3, 4].map((i) => page(i < 3 ? ['City Life'] : [], i, menu));
    expect(findOn(pages, 0)).toBeNull();
  });

  it('does not take a section label that heads fewer than half the files it recurs in', () => {
    // Three files open with "City Life"; four others, under another name, print it alone lower down: it heads three of its seven files.
    const pages = [0, 1, 2, 3, 4, 5, 6].map((i) => (i < 3 ? page(['City Life'], i) : page(['Elsewhere Daily'], i, ['City Life'])));
    expect(findOn(pages, 0)).toBeNull();
    // The same three files with the other four printing it nowhere: it heads all its files, and is read.
    const alone = [0, 1, 2, 3, 4, 5, 6].map((i) => (i < 3 ? page(['City Life'], i) : page(['Elsewhere Daily'], i)));
    expect(findOn(alone, 0)?.value).toBe('City Life');
  });

  it('does not take a common word the page writes in lower case elsewhere', () => {
    const pages = [0, 1, 2].map((i) => page(['Weather Report'], i, ['The weather report this week: mild.']));
    expect(findOn(pages, 0)).toBeNull();
  });

  it('does not take a line under the headline (a byline at the top of a writer’s pages)', () => {
    const pages = [0, 1, 2].map((i) => [`Headline number ${i + 1} of the week`, 'Petra Olm', '', STORIES[i]].join('\n'));
    expect(findOn(pages, 0, 1)).toBeNull();
  });

  it('does not take an item inside a menu run, a date, a sentence or a phrase of stopwords', () => {
    // "Harbour Lights" stands inside a run of short lines (the skip link and "Contact us" are no names): a menu item.
    const run = [0, 1, 2].map((i) => page(['Skip to content', 'Harbour Lights', 'Contact us'], i));
    expect(findOn(run, 0)).toBeNull();
    for (const top of ['5 March', 'We are open.', 'For the Record']) {
      const pages = [0, 1, 2].map((i) => page([top], i));
      expect(findOn(pages, 0), top).toBeNull();
    }
  });

  it('does not take a home link of two words over the menu of unrelated sites', () => {
    // "Ana Sayfa" and "Strona główna" open the menus of many sites; at the top of three files they are no site's name.
    for (const home of ['Ana Sayfa', 'Strona główna']) {
      const pages = [0, 1, 2].map((i) => page([home, 'Gündem', 'Ekonomi', 'Spor'], i));
      expect(findOn(pages, 0), home).toBeNull();
    }
    const named = [0, 1, 2].map((i) => page(['Saltmarsh Herald', 'Gündem', 'Ekonomi', 'Spor'], i));
    expect(findOn(named, 0)?.value).toBe('Saltmarsh Herald');
  });

  it('takes one word only with a brand’s shape: a plain word at the top of many files is a menu or section word', () => {
    const plain = [0, 1, 2].map((i) => page(['Brightwater'], i));
    expect(findOn(plain, 0)).toBeNull();
    const brand = [0, 1, 2].map((i) => page(['BrightwaterNews'], i));
    expect(findOn(brand, 0)?.value).toBe('BrightwaterNews');
  });

  it('gives none when two names top as many files', () => {
    const pages = [0, 1, 2].map((i) => page(['Saltmarsh Herald', '', 'Harrowgate Echo'], i));
    expect(findOn(pages, 0)).toBeNull();
  });
});

describe('the site masthead in an archive of one made-up site (tests/fixtures/site-template/brightwater)', () => {
  // Twelve pages of "Brightwater Courier": eight open with the name alone, four (the Harbour Economy section's) with
  // the section label alone instead; every page ends with the site's menu. No page names the outlet any other way.
  const DIR = 'tests/fixtures/site-template/brightwater';
  const names = readdirSync(DIR).filter((n) => n.endsWith('.txt')).sort();
  const texts = names.map((n) => readFileSync(path.join(DIR, n), 'utf8'));
  const files: SourceFile[] = names.map((n, i) => ({ path: `content/articles/${n}`, bytes: new TextEncoder().encode(texts[i]) }));
  const firstLine = (t: string) => t.split('\n')[0];
  /** The files that open with `line`, counted without the code under test. */
  const opening = (line: string) => texts.filter((t) => firstLine(t) === line).length;
  const outlets = (archive: ReturnType<typeof compileArchive>) => new Map(archive.articles.map((a) => [a.sourceFile, a.outlet]));

  it('gives the pages that open with the name that name as their outlet, with the site masthead evidence', () => {
    const archive = outlets(compileArchive(files));
    const named = files.filter((_, i) => firstLine(texts[i]!) === 'Brightwater Courier');
    expect(named.length).toBe(8);
    for (const f of named) {
      const outlet = archive.get(f.path);
      expect(outlet?.value).toBe('Brightwater Courier');
      expect(outlet?.line).toBe(1);
      // The page's own lone first line is one point (it stands right over the headline); the files it tops are the second witness.
      expect(outlet?.evidence).toContain(`site masthead on line 1: “Brightwater Courier (repeats at the top of ${opening('Brightwater Courier')} files)”`);
    }
  });

  it('gives the section pages no outlet: the label heading them is a menu word of the site', () => {
    const archive = outlets(compileArchive(files));
    const section = files.filter((_, i) => firstLine(texts[i]!) === 'Harbour Economy');
    expect(section.length).toBe(4);
    for (const f of section) expect(archive.get(f.path)).toBeNull();
  });

  it('needs three files: a page alone, or two pages, give no outlet', () => {
    const named = files.filter((_, i) => firstLine(texts[i]!) === 'Brightwater Courier');
    expect(compileArticle(texts[0]!)?.outlet).toBeNull();
    for (const a of compileArchive(named.slice(0, 2)).articles) expect(a.outlet).toBeNull();
    for (const a of compileArchive(named.slice(0, 3)).articles) expect(a.outlet?.value).toBe('Brightwater Courier');
  });
});

describe('the site masthead over an archive of many sites (the development corpus compiled as one archive)', () => {
  // Every development case is a page of its own made-up site: their top lines repeat only as menu and section
  // words ("Home", "Начало", "Cronaca") shared by unrelated sites, and none of those is a site's masthead.
  const DIR = 'tests/fixtures/scrapes';
  const texts = readdirSync(DIR)
    .sort()
    .map((c) => path.join(DIR, c, 'input.txt'))
    .filter((p) => existsSync(p))
    .map((p) => readFileSync(p, 'utf8'));

  it('finds no site masthead on any page', () => {
    const template = findSiteTemplate(texts);
    const finds = texts.map((t) => siteMastheadFind(sourceLines(t), template, en)).filter((f) => f !== null);
    expect(finds).toEqual([]);
  });
});
