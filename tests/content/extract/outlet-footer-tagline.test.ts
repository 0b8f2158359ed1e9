/**
 * A site's name with its tagline in the footer (outlet-footer-tagline.ts). Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { outletFinds } from '@/lib/content/extract/outlet-lines';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { footerTaglineName } from '@/lib/content/extract/outlet-footer-tagline';

/** A made-up page: a section word, a headline, a byline, four sentences of story, a share link, then the `footer` lines. */
const page = (...footer: string[]) =>
  [
    'News',
    'Library opens a new reading room for children in the old town',
    'By Anna Reed',
    'The library will open the new room on Saturday with readings for young visitors.',
    'Entry is free and the room will be open every day except Monday, the director said.',
    'The old reading room will become a study space for students of the town.',
    'Work on the building cost less than the council had planned, officials said.',
    'Share this article',
    ...footer,
  ].join('\n');

const outlet = (text: string, language = 'en') => chooseOutlet(outletFinds(sourceLines(text), nameStopwords(language)), null)?.value ?? null;

describe('footerTaglineName', () => {
  // [line, language, the name it opens with or null, why]
  const cases: [string, string, string | null, string][] = [
    ['Harbour Ledger – independent news since 1998', 'en', 'Harbour Ledger', 'a name, an en dash, a tagline'],
    ['Harbour Ledger — the voice of the coast', 'en', 'Harbour Ledger', 'an em dash'],
    ['Gazzetta del Lago | il quotidiano della valle', 'it', 'Gazzetta del Lago', 'a bar, a particle inside the name'],
    ['Kustbladet Öst - nyheter från kusten sedan 1921', 'sv', 'Kustbladet Öst', 'a hyphen with spaces'],
    ['NewsHub – independent news since 1998', 'en', 'NewsHub', 'a single word with a brand’s shape'],
    ['Newsletter – the day’s news in your inbox', 'en', null, 'a single word: a footer link as often as a name'],
    ['Harbour Ledger: independent news since 1998', 'en', null, 'a colon label'],
    ['Harbour Ledger – Independent News Since 1998', 'en', null, 'a description in title case: a headline’s or a section’s'],
    ['Harbour Ledger – why', 'en', null, 'fewer than two words after the separator'],
    ['Harbour Ledger – what does the vote mean for you?', 'en', null, 'a question: a teaser'],
    ['IN EVIDENZA – le notizie del giorno', 'it', null, 'a label in capitals'],
    ['Harbour Ledger | Privacy | Terms', 'en', null, 'more than two parts: a row of links'],
    ['Harbour Ledger – 1998', 'en', null, 'a tagline without words in lower case'],
  ];
  it.each(cases)('reads “%s” (%s) as %s: %s', (text, language, name) => {
    expect(footerTaglineName(text, nameStopwords(language))).toBe(name);
  });
});

describe('the footer tagline as outlet evidence', () => {
  it('names the outlet from a footer line apart from the story', () => {
    expect(outlet(page('Harbour Ledger – independent news since 1998', 'Privacy Policy'))).toBe('Harbour Ledger');
  });

  it('reads no line right under the story’s text, nor one with the story’s text below it', () => {
    const text = page('Harbour Ledger – independent news since 1998').replace('\nShare this article', '');
    expect(outlet(text)).toBeNull();
    expect(outlet(page('Harbour Ledger – independent news since 1998', 'The town council will decide on the opening hours of the room next week.'))).toBeNull();
  });

  it('reads no line of a run of alike lines: a teaser list', () => {
    expect(outlet(page('Harbour Ledger – independent news since 1998', 'Cycle Lanes – the map of the new routes'))).toBeNull();
  });

  it('reads no name the page prints on another line: the byline’s writer in a bio', () => {
    expect(outlet(page('Anna Reed – reporter covering the old town'))).toBeNull();
  });

  it('agrees with the same name on the page’s first line, the masthead’s place', () => {
    expect(outlet(page('Harbour Ledger – independent news since 1998').replace(/^News/u, 'Harbour Ledger'))).toBe('Harbour Ledger');
  });
});
