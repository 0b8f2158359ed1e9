/**
 * Credits that name where a story came from, not who printed it: a source label naming an agency's
 * initials or a credit pair weighs one point, an agency's dateline in the opening line is one more, so
 * the page is the agency's own only when both agree. A masthead with its tagline on the first line, and
 * a masthead read on the headline's own line. Pages, sites and sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { outletFinds } from '@/lib/content/extract/outlet-lines';

const page = (text: string) => text.split('\n').map((t, i) => ({ n: i + 1, text: t }));
const weights = (text: string, language: string) => outletFinds(page(text), nameStopwords(language)).map(({ value, kind, weight }) => ({ value, kind, weight }));
const outlet = (text: string, language: string, headlineLine: number | null = null) => chooseOutlet(outletFinds(page(text), nameStopwords(language)), null, headlineLine)?.value ?? null;

const BODY_HU = 'A kormány kedden bejelentette, hogy új hidat épít a folyón a város déli részén.';

describe('source labels', () => {
  it.each([
    ['Forrás: MTI', 'hu', 'MTI'],
    ['Källa: TT', 'sv', 'TT'],
    ['Forrás: MTI/Kovács Péter', 'hu', 'MTI/Kovács Péter'],
    ['Kaynak: AA', 'tr', 'AA'],
  ])('“%s” is an agency credit: one point, no outlet alone', (line, language, value) => {
    expect(weights(`Hírek\n${BODY_HU}\n${line}`, language)).toEqual([{ value, kind: 'source label', weight: 1 }]);
    expect(outlet(`Hírek\n${BODY_HU}\n${line}`, language)).toBeNull();
  });

  it('a named source line still names the outlet alone', () => {
    expect(weights(`Hírek\n${BODY_HU}\nForrás: Tiszai Napló`, 'hu')).toEqual([{ value: 'Tiszai Napló', kind: 'source label', weight: 2 }]);
    expect(outlet(`Hírek\n${BODY_HU}\nForrás: Tiszai Napló`, 'hu')).toBe('Tiszai Napló');
  });
});

describe('agency datelines', () => {
  it.each([
    ['София /БТА/. Министерството на отбраната подписа нов договор за доставка на камиони.', 'bg', 'БТА'],
    ['BUCUREȘTI (Agerpres) - Guvernul a aprobat un nou program pentru drumurile din regiune.', 'ro', 'Agerpres'],
    ['ANKARA (AA) – Bakanlık, yeni köprünün gelecek yıl açılacağını duyurdu.', 'tr', 'AA'],
  ])('reads the agency of “%s” as one point', (line, language, value) => {
    expect(weights(`Начало\n${line}`, language)).toEqual([{ value, kind: 'agency dateline', weight: 1 }]);
  });

  it('names the agency when its own source label agrees, and not otherwise', () => {
    const story = 'София /БТА/. Министерството на отбраната подписа нов договор за доставка на камиони.\nПървите машини идват догодина.';
    expect(outlet(`Начало\n${story}\nИзточник: БТА`, 'bg')).toBe('БТА');
    expect(outlet(`Начало\n${story}`, 'bg')).toBeNull();
  });

  it('reads a dateline on an opening line longer than the lines read for other shapes', () => {
    const long = `MADRID (EFE) - ${'El Gobierno aprobó un plan nuevo para las carreteras de la región, '.repeat(4)}según el ministerio.`;
    expect(long.length).toBeGreaterThan(200);
    expect(weights(`Portada\n${long}`, 'es')).toEqual([{ value: 'EFE', kind: 'agency dateline', weight: 1 }]);
  });

  it('reads no sentence with a parenthesis as a dateline', () => {
    expect(weights('Home\nThe ministry (which had denied it) - and the army - confirmed the order on Monday.', 'en')).toEqual([]);
  });
});

describe('a masthead with its tagline on the first line', () => {
  it.each([
    ['Harbour Ledger – news from the northern coast', 'en', 'Harbour Ledger'],
    ['Tiszai Napló | hírek a megyéből', 'hu', 'Tiszai Napló'],
    ['Kuzey Postası - bölgenin haber sitesi', 'tr', 'Kuzey Postası'],
  ])('reads “%s”', (line, language, name) => {
    expect(weights(`${line}\nHírek`, language)).toEqual([{ value: name, kind: 'masthead', weight: 2 }]);
  });

  it('reads no headline, phrase or title line there', () => {
    expect(weights('Strona główna – wiadomości z regionu\nKraj', 'pl')).toEqual([]);
    expect(weights('Port orders two tugboats for the winter – Harbour Ledger\nNews', 'en').map((f) => f.kind)).toEqual(['title line']);
    expect(weights('Harbour Ledger – News From The Coast\nNews', 'en')).toEqual([]);
    expect(weights('Harbour Ledger – news of 2026\nNews', 'en')).toEqual([]);
  });

  it('drops a masthead read on the line the story took as its headline', () => {
    const text = 'Harbour Ledger – news from the northern coast\nThe port ordered two tugboats for the winter season on Monday.';
    expect(outlet(text, 'en')).toBe('Harbour Ledger');
    expect(outlet(text, 'en', 1)).toBeNull();
  });
});

describe('a © name without the company’s legal form', () => {
  const finds = (line: string, language: string) => outletFinds(page(`Hírek\n${line}`), nameStopwords(language)).map((f) => f.value);
  it.each([
    ['© 2026 Tiszai Napló Kft. Minden jog fenntartva.', 'hu', 'Tiszai Napló'],
    ['© 2026 Kuzey Medya A.Ş. Tüm hakları saklıdır.', 'tr', 'Kuzey Medya'],
    ['Copyright © 2026 Harbour Press Ltd.', 'en', 'Harbour Press'],
  ])('reads “%s” as the paper', (line, language, name) => {
    expect(finds(line, language)).toEqual([name]);
  });

  it('keeps a short last word of the name itself', () => {
    expect(finds('© 2026 Harbour News. All rights reserved.', 'en')).toEqual(['Harbour News']);
    expect(finds('© 2026 Radio ZET', 'pl')).toEqual(['Radio ZET']);
    expect(finds('© 2026 Jornal da Beira. Todos os direitos reservados.', 'pt')).toEqual(['Jornal da Beira']);
  });
});
