/**
 * The outlet finders read a line's date only through the page's header-date reader they are handed
 * (dates/header-dates.ts), never on their own. Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import type { HeaderDates } from '@/lib/content/dates/header-dates';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { mastheadNames } from '@/lib/content/extract/outlet-masthead';
import { dateLine, loneWordMastheadFind } from '@/lib/content/extract/outlet-lone-word';
import { sourceLines } from '../../support/compile-text';

/** A reader that finds no date anywhere: what a finder concludes with it shows it asked this reader. */
const noDates: HeaderDates = () => null;

describe('the outlet finders’ date reading', () => {
  it('cuts a masthead off its date where the reader finds one', () => {
    expect(mastheadNames('Postimees 05.12.2026', new Set(), nameStopwords('et'))).toEqual(['Postimees']);
    expect(mastheadNames('Postimees 05.12.2026', new Set(), nameStopwords('et'), noDates)).toEqual([]);
  });

  it('takes a line for the day’s date only where the reader finds one', () => {
    expect(dateLine('Fredag 5 december 2026')).toBe(true);
    expect(dateLine('Fredag 5 december 2026', noDates)).toBe(false);
  });

  it('reads a lone word’s next line through the same reader', () => {
    const page = sourceLines(['Nordkuriren', 'Fredag 5 december 2026', 'Hamnen i Luleå får en ny kaj till sommaren, meddelar kommunen.'].join('\n'));
    expect(loneWordMastheadFind(page, nameStopwords('sv'))?.value ?? null).toBe('Nordkuriren');
    expect(loneWordMastheadFind(page, nameStopwords('sv'), noDates)).toBeNull();
  });
});
