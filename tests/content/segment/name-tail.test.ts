import { describe, expect, it } from 'vitest';
import { matchNameWithTail } from '@/lib/content/segment/name-tail';
import { matchBareName, matchByline } from '@/lib/content/segment/byline';
import { withoutAgencyInitials } from '@/lib/content/segment/name-capitals';

const author = (t: string) => matchNameWithTail(t)?.author ?? null;

describe('a name with a short tail', () => {
  it('cuts a role after a spaced dash, an agency in brackets, a place after a comma', () => {
    expect(author('Ana Ribeiro - Repórter')).toBe('Ana Ribeiro');
    expect(author('Laura Gómez (EFE)')).toBe('Laura Gómez');
    expect(author('Ana Souza, de São Paulo')).toBe('Ana Souza');
    expect(author('Erik Lund / Stockholm')).toBe('Erik Lund');
  });

  it('reads a name in brackets or after a dash, as signed under a story', () => {
    expect(author('(Marco Rossi)')).toBe('Marco Rossi');
    expect(author('— Jane Doe')).toBe('Jane Doe');
  });

  it('cuts a role in lower case straight after the name', () => {
    expect(author('Marco Rossi giornalista')).toBe('Marco Rossi');
  });

  it('refuses a one-word head, a tail with figures and a sentence', () => {
    expect(author('Putin - Kremlin')).toBeNull();
    expect(author('Jane Doe - 5 min read')).toBeNull();
    expect(author('Jane Doe said the plant would close.')).toBeNull();
  });
});

describe('agency initials after a name', () => {
  it('drops initials run onto a mixed-case name, keeps a surname written in capitals', () => {
    expect(withoutAgencyInitials('Erik Lund TT')).toBe('Erik Lund');
    expect(withoutAgencyInitials('Selin KAYA')).toBe('Selin KAYA');
    expect(matchByline('Av Erik Lund TT')?.author).toBe('Erik Lund');
  });
});

describe('bare names', () => {
  it('reads several names joined by a short word', () => {
    expect(matchBareName('Laura Gómez y Pedro Martín')?.author).toBe('Laura Gómez y Pedro Martín');
    expect(matchBareName('Marco Rossi e Giulia Bianchi')?.author).toBe('Marco Rossi e Giulia Bianchi');
  });

  it('takes no initials alone for a name', () => {
    expect(matchBareName('T Z')).toBeNull();
  });
});

describe('labels joined to a second word or a preposition', () => {
  it('reads "Text och foto:", "Redacción de", a role word before the name', () => {
    expect(matchByline('Text och foto: Erik Lund')?.author).toBe('Erik Lund');
    expect(matchByline('Redacción de Laura Gómez')?.author).toBe('Laura Gómez');
    expect(matchByline('Репортер Мария Петрова')?.author).toBe('Мария Петрова');
  });

  it('takes no role and place, and no subheading that opens like a label, for a byline', () => {
    expect(matchByline('inviato a Kiev')).toBeNull();
    expect(matchByline('By the Numbers Team')).toBeNull();
  });
});
