/**
 * © lines around a rights notice, and an acronym a stopword list happens to hold: the word "Copyright"
 * after the mark, a notice between the mark and the name or before the mark's name, a notice shouted in
 * capitals, and an agency's initials that Italian's stopword list holds as a word. Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { outletFinds } from '@/lib/content/extract/outlet-lines';

const page = (text: string) => text.split('\n').map((t, i) => ({ n: i + 1, text: t }));
const finds = (text: string, language: string) => outletFinds(page(text), nameStopwords(language)).map(({ value, kind, line }) => ({ value, kind, line }));
/** A made-up page: a section word, two sentences, then the footer line under test (line 4). */
const footer = (line: string) => `Notizie\nIl consiglio comunale ha approvato il nuovo piano dei trasporti.\nI lavori inizieranno entro la fine della primavera prossima.\n${line}`;

describe('the name on a © line beside a rights notice', () => {
  it.each([
    ['© Copyright 2026 Gazzetta del Lago', 'it', 'Gazzetta del Lago'],
    ['Riproduzione riservata © Copyright Gazzetta del Lago', 'it', 'Gazzetta del Lago'],
    ['© 2026 Tutti i diritti riservati – Gazzetta del Lago', 'it', 'Gazzetta del Lago'],
    ['Her hakkı saklıdır. Kuzey Postası © 2026', 'tr', 'Kuzey Postası'],
    ['Toate drepturile rezervate. Vocea Deltei ©', 'ro', 'Vocea Deltei'],
  ])('reads “%s” (%s) as %s', (line, language, name) => {
    expect(finds(footer(line), language)).toContainEqual({ value: name, kind: 'copyright line', line: 4 });
  });

  it.each([
    ['© RIPRODUZIONE RISERVATA', 'it'],
    ['© Copyright 2026 – Tutti i diritti riservati', 'it'],
    ['TÜM HAKLARI SAKLIDIR ©', 'tr'],
    ['© 2026 Alle Rechte vorbehalten', 'de'],
  ])('takes no name from a notice alone: “%s” (%s)', (line, language) => {
    expect(finds(footer(line), language).filter((f) => f.kind === 'copyright line')).toEqual([]);
  });
});

describe('an acronym that a stopword list holds', () => {
  it('is still a name in a name’s place: after ©, after a source label', () => {
    // Italian's stopword list holds "ansa"; the check is that the list does, or the test proves nothing.
    expect(nameStopwords('it').has('ansa')).toBe(true);
    expect(finds(footer('© Copyright ANSA'), 'it')).toContainEqual({ value: 'ANSA', kind: 'copyright line', line: 4 });
    expect(finds(footer('Fonte: ANSA'), 'it')).toContainEqual({ value: 'ANSA', kind: 'source label', line: 4 });
  });

  it('is no name written in lower case, where it is the word', () => {
    expect(finds(footer('© ansa'), 'it')).toEqual([]);
  });
});
