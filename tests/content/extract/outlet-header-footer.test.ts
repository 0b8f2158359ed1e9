/**
 * A name the page's header and footer both print among other words (outlet-header-footer.ts): "Harbour Ledger
 * Northport" over the headline and "Harbour Ledger newsletter" under the story. Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { outletFinds } from '@/lib/content/extract/outlet-lines';
import { capitalisedRuns, headerFooterFind } from '@/lib/content/extract/outlet-header-footer';
import { PIER_PAGE } from '../../support/pier-page';

const EN = nameStopwords('en');
const HEADLINE = PIER_PAGE[0]!;
/** A page with `top` lines over the pier story (its headline first) and `footer` lines under it. */
const page = (top: string[], footer: string[]) => [...top, ...PIER_PAGE, ...footer];
const filled = (lines: string[]) => sourceLines(lines.join('\n')).filter((l) => l.text.trim() !== '');
const echo = (lines: string[]) => headerFooterFind(filled(lines), EN)?.value ?? null;
/** The outlet chooseOutlet names, the headline on its line of `lines`. */
const outlet = (lines: string[]) => chooseOutlet(outletFinds(sourceLines(lines.join('\n')), EN), null, lines.indexOf(HEADLINE) + 1)?.value ?? null;

describe('capitalisedRuns', () => {
  it('lists the runs of two to four capitalised words, longest first, a particle and an article inside', () => {
    expect(capitalisedRuns('Harbour Ledger Northport', EN)).toEqual(['Harbour Ledger Northport', 'Harbour Ledger', 'Ledger Northport']);
    expect(capitalisedRuns('Menu The Harbour Ledger Search', nameStopwords('en'))).toContain('The Harbour Ledger');
    expect(capitalisedRuns('Il Quotidiano del Nord', nameStopwords('it'))[0]).toBe('Il Quotidiano del Nord');
    expect(capitalisedRuns('Subscribe to our newsletter', EN)).toEqual([]);
  });
});

describe('a name the header and the footer both print', () => {
  it('names the outlet over the headline when the footer prints the name again among other words', () => {
    expect(outlet(page(['Harbour Ledger Northport'], ['Harbour Ledger newsletter', 'Privacy policy']))).toBe('Harbour Ledger');
    expect(outlet(page(['Menu Harbour Ledger Search'], ['Contact Harbour Ledger | Privacy policy']))).toBe('Harbour Ledger');
  });

  it('names nothing from one place alone', () => {
    expect(outlet(page(['Harbour Ledger Northport'], ['Privacy policy', 'Contact']))).toBeNull();
    expect(outlet(page(['Menu Search'], ['Harbour Ledger newsletter', 'Privacy policy']))).toBeNull();
  });

  it('reads nothing the story mentions, a menu’s entry, a label’s common words or a byline', () => {
    // The story names it: a subject, not the site.
    const story = [...PIER_PAGE.slice(0, 3), 'Harbour Ledger readers raised the money for the first repairs, the council said.', ...PIER_PAGE.slice(3)];
    expect(echo(['Harbour Ledger Northport', ...story, 'Harbour Ledger newsletter'])).toBeNull();
    // Alone on a line of its own elsewhere: a menu's entry or a section's label.
    expect(echo(page(['Local Sport Results'], ['Local Sport', 'More Local Sport results']))).toBeNull();
    // A word the page writes in lower case: a label's common word.
    expect(echo(page(['Latest News Today'], ['More Latest News', 'Get the latest news by e-mail']))).toBeNull();
    expect(echo(page(['By Anna Reed'], ['About Anna Reed', 'Privacy policy']))).toBeNull();
  });

  it('is not read under the headline, where a byline’s name stands', () => {
    const lines = ['News', HEADLINE, 'Anna Reed Northport', ...PIER_PAGE.slice(1), 'More from Anna Reed', 'Privacy policy'];
    expect(chooseOutlet(outletFinds(sourceLines(lines.join('\n')), EN), null, 2)?.value ?? null).toBeNull();
  });
});
