/**
 * A one-word masthead on line 1 that the footer names again, and the section words that share its shape:
 * printed again alone (a footer menu), written in lower case elsewhere (a common noun), mentioned only in a
 * sentence of the story or only near the top. Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { footerEchoedMastheadFind } from '@/lib/content/extract/outlet-footer-echo';
import { outletFinds } from '@/lib/content/extract/outlet-lines';

const story = [
  'Kommunen har skrivit kontrakt med en byggfirma som ska bygga en ny bro över älven.',
  'Bron blir drygt hundra meter lång och kopplas till cykelnätet på båda sidor.',
  'Arbetet börjar i januari och beräknas vara klart till midsommar.',
];
/** A made-up page: `top` on line 1, a menu, a headline, three paragraphs, a share word, then `footer`. */
const page = (top: string, footer: string[]) => [top, 'Nyheter', 'Sport', 'Kultur', 'Ny bro ska stå klar till sommaren', ...story, 'Dela', ...footer].join('\n');
const echoed = (text: string, language = 'sv') => {
  const lines = sourceLines(text).filter((l) => l.text.trim() !== '');
  return footerEchoedMastheadFind(lines, nameStopwords(language));
};

describe('a masthead the footer names again', () => {
  it.each([
    ['Nordkuriren', ['Kontakta redaktionen', 'Nordkuriren AB, Storgatan 4, 972 31 Luleå']],
    ['Nordkuriren', ['Nordkuriren på Facebook och Instagram', 'Kontakta oss']],
    ['Norra Posten', ['Om Norra Posten', 'Kontakta oss']],
  ])('reads “%s” on line 1 as the masthead when a closing line mentions it', (top, footer) => {
    expect(echoed(page(top, footer))).toMatchObject({ value: top, kind: 'masthead', weight: 2, line: 1 });
  });

  it('is one of the page’s outlet finds', () => {
    const finds = outletFinds(sourceLines(page('Nordkuriren', ['Kontakta redaktionen', 'Nordkuriren AB, Storgatan 4'])), nameStopwords('sv'));
    expect(finds).toContainEqual(expect.objectContaining({ value: 'Nordkuriren', kind: 'masthead', weight: 2 }));
  });
});

describe('a section word on line 1', () => {
  it('is no masthead when the footer prints it again alone, as a menu entry', () => {
    expect(echoed(page('Inrikes', ['Inrikes', 'Mer från Inrikes i dag']))).toBeNull();
  });

  it('is no masthead when the page writes it in lower case, as a common word', () => {
    expect(echoed(page('Tidningen', ['Om tidningen', 'Tidningen på Facebook']))).toBeNull();
  });

  it('is no masthead when only a sentence of running text mentions it', () => {
    expect(echoed(page('Inrikes', ['Kontakta oss', 'Frågor om Inrikes och andra avdelningar besvaras av redaktionen under kontorstid.']))).toBeNull();
  });

  it('is no masthead when the mention stands high on the page, not in its closing lines', () => {
    const text = ['Europa', 'Strömavbrott i öst', 'Korrespondent för östra Europa', ...story, ...story, 'Dela', 'Kontakta oss'].join('\n');
    expect(echoed(text)).toBeNull();
  });

  it('is no masthead when shouted in capitals or a home link', () => {
    expect(echoed(page('SENASTE NYTT', ['SENASTE NYTT från regionen', 'Kontakta oss']))).toBeNull();
    expect(echoed(page('Startsida', ['Startsida för regionen', 'Kontakta oss']))).toBeNull();
  });
});
