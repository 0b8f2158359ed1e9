/**
 * The company around a paper's name on a © line: the words a publisher's company adds ("Media Group", "Verlag",
 * "Gazetecilik") and a legal form with a tail of its own ("GmbH & Co. KG") are not the outlet's name, as long as
 * a name of two words or more stays. Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { outletFinds } from '@/lib/content/extract/outlet-lines';
import { withoutCompanyWords } from '@/lib/content/extract/outlet-legal-form';

const copyrightValue = (line: string, language: string) => {
  const page = `Nachrichten\nDer Stadtrat hat am Donnerstag dem Bau einer neuen Brücke über den Fluss zugestimmt.\nDie Arbeiten beginnen im Frühjahr.\n${line}`;
  return outletFinds(sourceLines(page), nameStopwords(language)).find((f) => f.kind === 'copyright line')?.value ?? null;
};

describe('the company words after a paper’s name on a © line', () => {
  it.each([
    ['© 2026 Kieler Bote Media Group GmbH. Alle Rechte vorbehalten', 'Kieler Bote'],
    ['© 2026 Kieler Bote Mediengruppe GmbH & Co. KG. Alle Rechte vorbehalten.', 'Kieler Bote'],
    ['Copyright © 2026 Kieler Bote Verlag GmbH', 'Kieler Bote'],
    ['© 2026 Kieler Bote Verlagsgruppe', 'Kieler Bote'],
  ])('go: “%s”', (line, name) => {
    expect(copyrightValue(line, 'de')).toBe(name);
  });

  it('stay when the company is all the line gives of the name (one word and its kind)', () => {
    expect(copyrightValue('© 2026 Nordkurier Verlag GmbH', 'de')).toBe('Nordkurier Verlag');
    expect(copyrightValue('© 2026 Kieler Bote Digital GmbH', 'de')).toBe('Kieler Bote Digital');
  });
});

describe('withoutCompanyWords', () => {
  it.each([
    ['Kieler Bote Media Group', 'Kieler Bote'],
    ['Karadeniz Postası Gazetecilik', 'Karadeniz Postası'],
    ['Harbour Ledger & Media', 'Harbour Ledger'],
    ['Harbour Media Group', 'Harbour Media Group'],
    ['Kuzey Medya', 'Kuzey Medya'],
    ['Harbour Ledger', 'Harbour Ledger'],
  ])('%s → %s', (name, want) => {
    expect(withoutCompanyWords(name)).toBe(want);
  });
});
