/**
 * The company around a paper's name on a © line: the words a publisher's company adds ("Media Group", "Verlag",
 * "Gazetecilik") and a legal form with a tail of its own ("GmbH & Co. KG") are not the outlet's name, as long as
 * a name of two words or more stays. Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { outletFinds } from '@/lib/content/extract/outlet-lines';
import { companyHead, withoutCompanyOpening, withoutCompanyWords } from '@/lib/content/extract/outlet-legal-form';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';

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

  it.each([
    ['Copyright © 2026 Harbour Ledger Co., Ltd. All rights reserved.', 'en', 'Harbour Ledger'],
    ['© 2026 Harbour Ledger Private Limited', 'en', 'Harbour Ledger'],
    ['Copyright © 2026 Harbour Ledger Corporation. All rights reserved.', 'en', 'Harbour Ledger'],
    ['© 2026 The Harbour Ledger Company LLC', 'en', 'The Harbour Ledger'],
    ['© 2026 Harbour Ledger Newspapers Ltd', 'en', 'Harbour Ledger'],
    ['© 2026 Jornal do Vale Comunicação Ltda. Todos os direitos reservados.', 'pt', 'Jornal do Vale'],
    ['© 2026 Kuzey Postası Gazetecilik ve Yayıncılık A.Ş.', 'tr', 'Kuzey Postası'],
  ])('go, with the form after them and the word joining two of them: “%s”', (line, language, name) => {
    expect(copyrightValue(line, language)).toBe(name);
  });

  it.each([
    ['© 2026 Verlag Kieler Bote GmbH', 'de', 'Kieler Bote'],
    ['© 2026 Editora Jornal do Vale Ltda.', 'pt', 'Jornal do Vale'],
    ['© 2026 Wydawnictwo Głos Doliny Sp. z o.o.', 'pl', 'Głos Doliny'],
    ['© 2026 Vydavatelství Jihlavské listy, s.r.o.', 'cs', 'Jihlavské listy'],
    ['© 2026 PT Harian Lembah Media. All Rights Reserved', 'id', 'Harian Lembah'],
  ])('go before the paper’s name too: “%s”', (line, language, name) => {
    expect(copyrightValue(line, language)).toBe(name);
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
    ['Karadeniz Postası Gazetecilik ve Yayıncılık', 'Karadeniz Postası'],
    ['Jornal do Vale', 'Jornal do Vale'],
    ['Diario del Sur Editorial', 'Diario del Sur'],
  ])('%s → %s', (name, want) => {
    expect(withoutCompanyWords(name)).toBe(want);
  });
});

describe('withoutCompanyOpening', () => {
  it.each([
    ['Verlag Kieler Bote GmbH', 'Kieler Bote GmbH'],
    ['PT Harian Lembah', 'Harian Lembah'],
    // A publishing house's word before a name of one word is all the line gives of the name, as at the end.
    ['Verlag Nordkurier. Alle Rechte vorbehalten', 'Verlag Nordkurier. Alle Rechte vorbehalten'],
    // Only the forms a language writes first: "Private Eye" is a name, "U.S. News" too.
    ['Private Eye Ltd', 'Private Eye Ltd'],
    ['U.S. News & World Report', 'U.S. News & World Report'],
    ['Media Indonesia', 'Media Indonesia'],
  ])('%s → %s', (text, want) => {
    expect(withoutCompanyOpening(text)).toBe(want);
  });
});

describe('a publisher’s company on the © line', () => {
  const page = (top: string, footer: string) =>
    `${top}Nyheter\nSport\nKommunen bygger en ny bro över älven\nKommunfullmäktige beslutade på torsdagen att bygga en ny bro.\nArbetet börjar i mars.\n${footer}`;
  const outlet = (text: string) => chooseOutlet(outletFinds(sourceLines(text), nameStopwords('sv')), null)?.value ?? null;

  it('yields to the paper’s own name the page gives elsewhere (a masthead over the menu)', () => {
    expect(outlet(page('Nordkustens Tidning\n', '© 2026 Kustmedia Group AB'))).toBe('Nordkustens Tidning');
    expect(outlet(page('Nordkustens Tidning\n', '© 2026 Norrländska Media AB'))).toBe('Nordkustens Tidning');
  });

  it('still names the page when nothing else does, and a paper’s own © name still goes first', () => {
    expect(outlet(page('', '© 2026 Norrländska Media AB'))).toBe('Norrländska Media');
    expect(outlet(page('Nordkustens Tidning\n', '© 2026 Kustbladet AB'))).toBe('Kustbladet');
  });
});

describe('companyHead', () => {
  it.each([
    ['Kestrel Media Group', 'Kestrel'],
    ['Kuzey Medya', 'Kuzey'],
    ['Kuzey Medya Grubu', 'Kuzey'],
    ['Вести Медиа Групп', 'Вести'],
    ['Harbour Ledger & Media', 'Harbour Ledger'],
  ])('%s → %s', (name, want) => {
    expect(companyHead(name)).toBe(want);
  });

  it.each([['Harbour Ledger'], ['Media Group'], ['Kieler Bote Digital']])('%s → none', (name) => {
    expect(companyHead(name)).toBeNull();
  });
});

describe('a company of one word and its kind on the © line, beside the page’s address', () => {
  const page = (footer: string) =>
    `News\nSport\nCouncil approves new cycle lanes\nThe town council voted on Tuesday to build two new cycle lanes.\nWork begins in March.\n${footer}`;
  const outlet = (text: string, language = 'en') => chooseOutlet(outletFinds(sourceLines(text), nameStopwords(language)), null)?.value ?? null;

  it('names the word the address spells, without the company’s words', () => {
    expect(outlet(page('© 2026 Kestrel Media Group LLC. All rights reserved.\nContact: desk@kestrel.example'))).toBe('Kestrel');
    expect(outlet(page('© 2026 Kestrel Media Group LLC. All rights reserved.\nFollow us: @kestrel'))).toBe('Kestrel');
    expect(outlet(page('© 2026 Kuzey Medya Grubu A.Ş. Tüm hakları saklıdır.\nİletişim: haber@kuzey.com.tr'), 'tr')).toBe('Kuzey');
  });

  it('keeps the company’s name whole where the address spells more of it, or something else', () => {
    expect(outlet(page('© 2026 Kestrel Media Group LLC. All rights reserved.\nContact: desk@kestrelmedia.example'))).toBe('Kestrel Media');
    expect(outlet(page('© 2026 Kestrel Media Group LLC. All rights reserved.\nContact: desk@harbourledger.example'))).toBe('Kestrel Media Group');
  });
});
