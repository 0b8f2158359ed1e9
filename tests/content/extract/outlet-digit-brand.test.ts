/**
 * A masthead spelt with figures glued to its letters, alone on the page's first line: the outlet when the page
 * writes it nowhere else (a topic's code is written again by the story). Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { outletFinds } from '@/lib/content/extract/outlet-lines';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { digitBrandMastheadFind } from '@/lib/content/extract/outlet-digit-brand';

const story = 'Grad gradi novi most preko rijeke\nGradsko vijeće odlučilo je u četvrtak da se gradi novi most preko rijeke.\nRadovi počinju u ožujku i trajat će šest mjeseci.';
const outlet = (text: string) => chooseOutlet(outletFinds(sourceLines(text), nameStopwords('hr')), null, 2)?.value ?? null;

describe('a masthead of letters and figures glued', () => {
  it.each(['24vijesti', '7Dnevno', 'Nova24TV'])('names “%s” alone on line 1, over the headline too', (name) => {
    expect(outlet(`${name}\n${story}`)).toBe(name);
  });

  it('reads any script', () => {
    expect(digitBrandMastheadFind(sourceLines('24новини\nОбщината ремонтира три училища'))?.value).toBe('24новини');
  });

  it.each([
    ['a topic’s code the story writes again, spaced or hyphenated', 'Covid19', `${story}\nBroj zaraženih COVID-19 pao je ovaj tjedan.`],
    ['a topic’s code written again as two words', 'Euro2026', `${story}\nUtakmice Eura 2026 igrat će se u lipnju, Euro 2026 počinje.`],
    ['a year glued to a word', 'Izbori2026', story],
    ['a short code', 'G20', story],
    ['a word and a figure after it, a counter', 'Komentari14', story],
    ['a figure with one letter', '2026a', story],
  ])('names nothing from %s', (_, name, text) => {
    expect(outlet(`${name}\n${text}`)).toBeNull();
  });
});
