/**
 * The site a title line names (outlet-title-line.ts): last after the headline, first before a headline the page
 * prints again, and before a tagline. Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { titleLineFind } from '@/lib/content/extract/outlet-title-line';
import { menuLinesOf } from '@/lib/content/extract/outlet-lines';

const HEADLINE = 'Council votes to rebuild the old ferry pier';
const STORY = 'The town council voted on Thursday to rebuild the old ferry pier, closed since a storm two winters ago.';

/** The site titleLineFind reads on the first line of a page of `lines`. */
function site(lines: string[], language = 'en'): string | null {
  const all = sourceLines(lines.join('\n'));
  return titleLineFind(all[0]!, all, nameStopwords(language), menuLinesOf(all))?.value ?? null;
}

describe('the site of a title line', () => {
  it('stands last, after the headline', () => {
    expect(site([`${HEADLINE} – Harbour Ledger`, 'News', HEADLINE, STORY])).toBe('Harbour Ledger');
  });

  it('stands first when the page prints the rest again as its headline', () => {
    expect(site([`Harbour Ledger | ${HEADLINE}`, 'News', HEADLINE, STORY])).toBe('Harbour Ledger');
    expect(site([`Kustbladet Öst | Kommunen bygger ny simhall vid hamnen`, 'Nyheter', 'Kommunen bygger ny simhall vid hamnen'], 'sv')).toBe('Kustbladet Öst');
  });

  it('is not read first without the headline printed again, nor when a menu line of the page holds it', () => {
    expect(site([`Harbour Ledger | ${HEADLINE}`, 'News', STORY])).toBeNull();
    expect(site([`Local Politics | ${HEADLINE}`, 'Local Politics', 'Sport', HEADLINE, STORY])).toBeNull();
  });

  it('stands before a tagline that runs on in lower case', () => {
    expect(site([`${HEADLINE} | Harbour Ledger - news from the coast`, 'News', HEADLINE, STORY])).toBe('Harbour Ledger');
    expect(site([`Kommunen bygger ny simhall vid hamnen – Kustbladet Öst – nyheter från kusten`, 'Nyheter', STORY], 'sv')).toBe('Kustbladet Öst');
  });

  it('keeps a section between headline and site, and a capitalised last part as the site', () => {
    expect(site([`${HEADLINE} | Local | Harbour Ledger`, 'News', HEADLINE, STORY])).toBe('Harbour Ledger');
    expect(site([`${HEADLINE} | Harbour Ledger | Coast Edition`, 'News', HEADLINE, STORY])).toBe('Coast Edition');
  });
});

describe('an imprint line', () => {
  it.each([['Harbour Ledger | 12 Quay Street | Northport'], ['Kieler Bote – Holstenstraße 4 – Kiel'], ['Deventer Koerier | Postbus 120 | Deventer Centrum']])(
    'is no title line, and its town no site: “%s”',
    (line) => {
      expect(site([line, 'News', HEADLINE, STORY])).toBeNull();
    },
  );

  it('leaves a title line whose headline names a street and its number', () => {
    expect(site([`Fire closes the bakery at 12 Quay Street – Harbour Ledger`, 'News', STORY])).toBe('Harbour Ledger');
  });
});

describe('a footer’s menu on one line', () => {
  const MORE = 'Work on the new pier is due to begin next spring, the council said in a statement.';
  /** The site titleLineFind reads on the line of `lines` that holds `text`. */
  function siteOn(lines: string[], text: string): string | null {
    const all = sourceLines(lines.join('\n'));
    const l = all.find((o) => o.text === text)!;
    return titleLineFind(l, all, nameStopwords('en'), menuLinesOf(all))?.value ?? null;
  }

  it('names no site below the story’s text: its last part is a link’s label', () => {
    const footer = 'Quillby Tribune | Privacy policy | Contact';
    expect(siteOn(['News', HEADLINE, STORY, MORE, footer, 'Cookie settings'], footer)).toBeNull();
    const crumbs = 'About us · Careers · Quillby Tribune';
    expect(siteOn(['News', HEADLINE, STORY, MORE, 'Share', crumbs], crumbs)).toBeNull();
  });

  it('leaves a short title line with its section and site above the story', () => {
    const title = 'Minsk buys trucks | World | Quillby Tribune';
    expect(siteOn([title, 'News', 'Minsk buys trucks', STORY, MORE], title)).toBe('Quillby Tribune');
  });

  it('leaves a title line below the story whose headline is a headline’s length', () => {
    const title = `${HEADLINE} | News | Quillby Tribune`;
    expect(siteOn(['News', HEADLINE, STORY, MORE, title], title)).toBe('Quillby Tribune');
  });
});
