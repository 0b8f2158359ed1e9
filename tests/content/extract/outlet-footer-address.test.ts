/**
 * The publisher's name and postal address in a page's footer (outlet-footer-address.ts). Pages, names and
 * addresses are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { outletFinds } from '@/lib/content/extract/outlet-lines';
import { addressLineName } from '@/lib/content/extract/outlet-footer-address';

const finds = (text: string, language: string) => outletFinds(sourceLines(text), nameStopwords(language)).map(({ value, kind, line }) => ({ value, kind, line }));

/** A made-up page: a section word, a headline, three sentences of story, a furniture line, then `footer`. */
const page = (footer: string) =>
  [
    'News',
    'Library opens a new reading room for children in the old town',
    'The library will open the new room on Saturday with readings for young visitors.',
    'Entry is free and the room will be open every day except Monday, the director said.',
    'The old reading room will become a study space for students of the town.',
    'Contact us',
    footer,
  ].join('\n');

describe('an address line in the footer', () => {
  it.each([
    ['Harbour Ledger, 12 Quay Street, Portsmouth PO1 3AB', 'Harbour Ledger'],
    ['Nordkuriren AB, Storgatan 4, 972 31 Luleå', 'Nordkuriren'],
    ['Gazzetta del Lago – Via Roma 12 – 22100 Como – Tel. 031 123456', 'Gazzetta del Lago'],
    ['Kurier Mazowiecki | ul. Polna 10 | 00-950 Warszawa', 'Kurier Mazowiecki'],
  ])('names the outlet: “%s”', (line, name) => {
    expect(finds(page(line), 'en')).toContainEqual({ value: name, kind: 'footer address', line: 7 });
  });

  it('is not read right under the story’s last sentence, where a venue’s address stands', () => {
    const text = page('x').split('\n').slice(0, 5).concat('Town Library, 5 Linden Street, Portsmouth PO1 3AB', 'Share').join('\n');
    expect(finds(text, 'en').filter((f) => f.kind === 'footer address')).toEqual([]);
  });

  it.each([
    ['Home | News 24 | Sport 5 | Weather'],
    ['Views 1 234 | Comments 12 | Share'],
    ['Harbour Ledger, 12 Quay Street'],
    ['Harbour Ledger, Quay Street, Portsmouth'],
    ['Startseite, Hauptstraße 5, 12345 Musterstadt'],
  ])('needs a name, a street with its number and a postcode or telephone: “%s” names none', (line) => {
    expect(addressLineName(line, nameStopwords('en'))).toBeNull();
  });
});
