/**
 * Credits that name where a story came from, not who printed it: a source label, an agency's dateline, an
 * agency's initials beside the story. Under the outlet convention a credit is the outlet only when the page
 * names no publication of its own. A masthead with its tagline on the first line, and a masthead read on the
 * headline's own line. Pages, sites and sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { outletFinds } from '@/lib/content/extract/outlet-lines';

const weights = (text: string, language: string) => outletFinds(sourceLines(text), nameStopwords(language)).map(({ value, kind, weight }) => ({ value, kind, weight }));
const fact = (text: string, language: string, headlineLine: number | null = null) => chooseOutlet(outletFinds(sourceLines(text), nameStopwords(language)), null, headlineLine);
const outlet = (text: string, language: string, headlineLine: number | null = null) => fact(text, language, headlineLine)?.value ?? null;

const BODY_HU = 'A kormány kedden bejelentette, hogy új hidat épít a folyón a város déli részén.';

describe('source labels', () => {
  it.each([
    ['Forrás: MTI', 'hu', 'MTI'],
    ['Källa: TT', 'sv', 'TT'],
    ['Forrás: MTI/Kovács Péter', 'hu', 'MTI'],
    ['Forrás: STOP / MTI', 'hu', 'STOP'],
    ['Kaynak: AA', 'tr', 'AA'],
  ])('“%s” is an agency credit of one point: the outlet when the page names nothing of its own', (line, language, value) => {
    expect(weights(`Hírek\n${BODY_HU}\n${line}`, language)).toEqual([{ value, kind: 'source label', weight: 1 }]);
    expect(outlet(`Hírek\n${BODY_HU}\n${line}`, language)).toBe(value);
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

  it('names the agency when the page names nothing of its own, and yields to a masthead', () => {
    const story = 'София /БТА/. Министерството на отбраната подписа нов договор за доставка на камиони.\nПървите машини идват догодина.';
    expect(outlet(`Начало\n${story}\nИзточник: БТА`, 'bg')).toBe('БТА');
    expect(outlet(`Начало\n${story}`, 'bg')).toBe('БТА');
    expect(outlet(`Начало\n${story}\n© 2026 Дунавска Зора. Всички права запазени.`, 'bg')).toBe('Дунавска Зора');
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
  const finds = (line: string, language: string) => outletFinds(sourceLines(`Hírek\n${line}`), nameStopwords(language)).map((f) => f.value);
  it.each([
    ['© 2026 Tiszai Napló Kft. Minden jog fenntartva.', 'hu', 'Tiszai Napló'],
    ['© 2026 Kuzey Medya A.Ş. Tüm hakları saklıdır.', 'tr', 'Kuzey Medya'],
    ['Copyright © 2026 Harbour Press Ltd.', 'en', 'Harbour Press'],
  ])('reads “%s” as the paper', (line, language, name) => {
    expect(finds(line, language)).toEqual([name]);
  });

  it.each([
    ['© 2026 Harbour Press Ltd', 'en', 'Harbour Press'],
    ['© 2026 Nordkurier GmbH', 'de', 'Nordkurier'],
    ['© 2026 Ziarul de Vest SRL', 'ro', 'Ziarul de Vest'],
    ['© 2026 Isolezwe (Pty) Ltd', 'zu', 'Isolezwe'],
    ['© 2026 Harbour Media Group Ltd. All rights reserved.', 'en', 'Harbour Media Group'],
  ])('reads “%s” as the paper, a legal form written without a full stop too', (line, language, name) => {
    expect(finds(line, language)).toEqual([name]);
  });

  it.each([
    ['© 2026 Harbour Ledger Ĉiuj rajtoj rezervitaj', 'eo', 'Harbour Ledger'],
    ['© 2026 Nouvèl Ayiti Tout dwa rezève', 'ht', 'Nouvèl Ayiti'],
    ['© 2026 Harbour Ledger all rights reserved', 'en', 'Harbour Ledger'],
    ['© 2026 Nordkuriren all rights reserved', 'en', 'Nordkuriren'],
  ])('reads “%s” without a glued notice in a language no table holds', (line, language, name) => {
    expect(finds(line, language)).toEqual([name]);
  });

  it('keeps a short last word of the name itself', () => {
    expect(finds('© 2026 Harbour News. All rights reserved.', 'en')).toEqual(['Harbour News']);
    expect(finds('© 2026 Radio ZET', 'pl')).toEqual(['Radio ZET']);
    expect(finds('© 2026 Jornal da Beira. Todos os direitos reservados.', 'pt')).toEqual(['Jornal da Beira']);
  });
});

describe('the outlet convention: a credit names the outlet only when the page names none of its own', () => {
  const BODY_EN = 'The port authority ordered two new tugboats for the winter season on Monday.\nThe first boat is due in March, the second a month later.';
  const BODY_UK = 'Міністерство оборони у вівторок оголосило про закупівлю нових вантажівок для армії.\nПерші машини надійдуть навесні наступного року.';

  it('takes the masthead over a source label and an agency dateline that agree with each other', () => {
    const text = `Harbour Ledger – news from the northern coast\nNews\nLONDON (Reuters) - ${BODY_EN}\nSource: Reuters`;
    expect(outlet(text, 'en')).toBe('Harbour Ledger');
    expect(fact(text, 'en')?.evidence).not.toContain('credited');
  });

  it.each([
    ['Джерело: Укрінформ', 'Укрінформ'],
    ['Джерело: УНН', 'УНН'],
  ])('names the publication of a lone “%s”, saying it is credited', (line, name) => {
    const got = fact(`Новини\n${BODY_UK}\n${line}`, 'uk');
    expect(got?.value).toBe(name);
    expect(got?.evidence).toContain('credited as the source, the page names no publication of its own');
  });

  it('names nobody for a source label between two paragraphs of the story: it credits a figure, not the page', () => {
    const [first, second] = BODY_EN.split('\n');
    const inside = `News\n${first}\nSource: Harbour Statistics Office\n${second}\nShare`;
    expect(outlet(inside, 'en')).toBeNull();
    // The same label where the story ends is the wire's credit.
    expect(outlet(`News\n${BODY_EN}\nSource: Harbour Statistics Office\nShare`, 'en')).toBe('Harbour Statistics Office');
  });

  it('names nobody for a photo credit alone', () => {
    expect(outlet(`News\n${BODY_EN}\nPhoto: Reuters`, 'en')).toBeNull();
    expect(outlet(`Новини\n${BODY_UK}\nФото: Reuters`, 'uk')).toBeNull();
  });

  it('names the agency whose initials follow a byline when the page names nothing else, and the page when it does', () => {
    const story = `Nyheter\nKommunen bygger en ny bro över älven\nAv Erik Lund TT\nKommunfullmäktige beslutade på måndagen att bygga en ny bro över älven i centrum.\nBron ska stå klar om tre år.`;
    expect(weights(story, 'sv')).toEqual([{ value: 'TT', kind: 'credit', weight: 1 }]);
    expect(outlet(story, 'sv')).toBe('TT');
    expect(outlet(`${story}\n© 2026 Norrlandsposten`, 'sv')).toBe('Norrlandsposten');
  });
});

describe('an agency’s initials beside the story', () => {
  const BODY_DE = 'Die Regierung hat am Freitag den Kauf von neuen Lastwagen für die Armee beschlossen.\nDie ersten Fahrzeuge sollen im Frühjahr geliefert werden.';

  it.each([
    ['MTI', 'MTI'],
    ['kb/dpa', 'dpa'],
    ['MTI / STOP', 'STOP'],
  ])('reads the signature line “%s” under the story as a credit of its last name', (line, name) => {
    expect(weights(`Inland\n${BODY_DE}\n${line}\nMehr zum Thema`, 'de')).toEqual([{ value: name, kind: 'credit', weight: 1 }]);
  });

  it('reads no column of capitals, nor capitals away from the story, as a signature', () => {
    expect(weights(`Inland\n${BODY_DE}\nSchlagwörter\nNATO\nEU\nUSA`, 'de')).toEqual([]);
    expect(weights(`Inland\nTV\nSport\nWetter\n${BODY_DE}`, 'de')).toEqual([]);
  });

  it('reads initials before the story’s time and date, and not before other words', () => {
    expect(weights(`Ziņas\nLETA 13:29, 26.05.2025\n${BODY_DE}`, 'lv')).toEqual([{ value: 'LETA', kind: 'credit', weight: 1 }]);
    expect(weights(`Ziņas\nNATO 2026 samits Rīgā\n${BODY_DE}`, 'lv')).toEqual([]);
  });

  it('reads initials after the last paragraph’s sentence, not after a caption inside the story', () => {
    const last = 'Bakanlık sözcüsü, yeni köprünün gelecek yıl trafiğe açılacağını söyledi. AA';
    expect(outlet(`Gündem\n${BODY_DE}\n${last}\nYorum yap`, 'tr')).toBe('AA');
    const caption = 'Soldaten stehen neben den neuen Lastwagen auf dem Stützpunkt. EPA';
    expect(weights(`Inland\n${caption}\n${BODY_DE}`, 'de')).toEqual([]);
  });
});

describe('an agency signature in brackets under the story', () => {
  it.each([['(MTI)'], ['[MTI]'], ['/MTI/']])('reads “%s” as the agency credit, bare initials inside', (line) => {
    expect(weights(`Hírek\n${BODY_HU}\n${line}\nHirdetés`, 'hu')).toEqual([{ value: 'MTI', kind: 'credit', weight: 1 }]);
    expect(outlet(`Hírek\n${BODY_HU}\n${line}\nHirdetés`, 'hu')).toBe('MTI');
  });

  it('reads no bracketed word in lower case, and no column of bracketed initials (a tag list)', () => {
    expect(weights(`Hírek\n${BODY_HU}\n(frissítve)`, 'hu')).toEqual([]);
    expect(weights(`Hírek\n${BODY_HU}\n(MTI)\n(NATO)\n(EU)`, 'hu')).toEqual([]);
  });
});
