/**
 * A footer's link that names the site (outlet-footer-link.ts): "About Harbour Ledger", "Subscribe to Harbour Ledger",
 * and the footer lines of the same shape that name someone else or nothing. Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { outletFinds } from '@/lib/content/extract/outlet-lines';
import { PIER_PAGE } from '../../support/pier-page';
import { footerLinkFinds, footerLinkName } from '@/lib/content/extract/outlet-footer-link';

const EN = nameStopwords('en');
const STORY = ['Home', 'News', ...PIER_PAGE];
const filled = (lines: string[]) => sourceLines(lines.join('\n')).filter((l) => l.text.trim() !== '');
const names = (footer: string[], lines = STORY) => footerLinkFinds(filled([...lines, ...footer]), EN).map((f) => f.value);

describe('a footer link naming the site', () => {
  it.each([
    ['About Harbour Ledger', 'Harbour Ledger'],
    ['Subscribe to Harbour Ledger', 'Harbour Ledger'],
    ['Download the Harbour Ledger app', 'Harbour Ledger'],
    ['Sign in to Harbour Ledger', 'Harbour Ledger'],
    ['Harbour Ledger app', 'Harbour Ledger'],
  ])('reads %s', (line, name) => {
    expect(footerLinkName(line, EN)).toBe(name);
  });

  it('reads a name with a joining particle in a language with its own function words', () => {
    expect(footerLinkName('Sobre o Correio da Serra', nameStopwords('pt'))).toBe('Correio da Serra');
  });

  it.each([
    ['a menu entry in title case', 'Privacy Policy'],
    ['a menu entry with a particle', 'Terms of Use'],
    ['capitalised words beside the run', 'Do Not Sell My Personal Information'],
    ['a designer’s credit', 'Designed by Pixel Works'],
    ['a platform', 'Listen on Apple Podcasts'],
    ['a company', 'Part of Coastal Media Group'],
    ['a sentence running on after the name', 'Anna Reed is a reporter'],
    ['a name opening the line, a noun and its verb where nouns are capitalised', 'Per E-Mail versenden'],
    ['a colon label', 'Follow us: Harbour Ledger'],
  ])('reads nothing in %s', (_, line) => {
    expect(footerLinkName(line, EN)).toBeNull();
  });

  it('names the outlet from the footer, with no other witness', () => {
    const page = [...STORY, 'About Harbour Ledger', 'Privacy Policy'];
    expect(chooseOutlet(outletFinds(sourceLines(page.join('\n')), EN), null)?.value).toBe('Harbour Ledger');
    expect(names(['Subscribe to Harbour Ledger', 'Download the Harbour Ledger app'])).toEqual(['Harbour Ledger', 'Harbour Ledger']);
  });

  it('is not read where the page names it above the footer, straight under the story, above the story’s end, or as a common noun', () => {
    expect(names(['About Anna Reed'], [...STORY.slice(0, 3), 'By Anna Reed', ...STORY.slice(3)])).toEqual([]);
    expect(names(['About Harbour Ledger'], STORY.slice(0, -1))).toEqual([]);
    expect(names(['About Harbour Ledger', 'The pier will be the first of three the council plans to rebuild this decade.'])).toEqual([]);
    expect(names(['Submit a News Tip'], [...STORY.slice(0, -1), 'Latest news from the coast', 'Share this article'])).toEqual([]);
  });
});
