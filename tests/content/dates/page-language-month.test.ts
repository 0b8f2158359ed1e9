import { describe, expect, it } from 'vitest';
import { compileSource } from '@/lib/content/compile-source';
import { findDate } from '@/lib/content/dates/date-find';
import { findOpeningDateline, findSplitDateline } from '@/lib/content/dates/story-datelines';

/**
 * A month word several languages share with different meanings: "listopad" is November in Polish and Czech, October
 * in Croatian (whose November is "studeni"). The page's own language reads it; no other language is left untried.
 * The expected months are the calendars' own, written here by hand.
 */
describe('a month word languages read differently', () => {
  it('is read in the preferred language', () => {
    expect(findDate('11. listopada 2020.', { prefer: ['hr'] })?.parts).toEqual({ year: 2020, month: 10, day: 11 });
    expect(findDate('11. listopada 2020.', { prefer: ['pl'] })?.parts).toEqual({ year: 2020, month: 11, day: 11 });
  });

  it('still reads another language the page does not prefer', () => {
    expect(findDate('March 4, 2019', { prefer: ['ru'] })?.parts).toEqual({ year: 2019, month: 3, day: 4 });
  });

  const page = (dateLine: string, paragraphs: string[]) =>
    ['Novi most preko rijeke otvoren je za promet', dateLine, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

  it('on a Croatian page, by the language detected from its text', () => {
    const text = page('11. listopada 2020.', [
      'Gradsko vijeće otvorilo je u nedjelju novi most preko rijeke, nakon tri godine radova i dugih rasprava o cijeni.',
      'Stanovnici sjevernog dijela grada sada do središta putuju petnaest minuta kraće nego prije, kažu u gradskoj upravi.',
      'Vijećnici su najavili da će sljedeće godine urediti i obalu uz most te postaviti nove klupe i rasvjetu.',
    ]);
    const article = compileSource('hr-most', 'hr-most.txt', text).articles[0];
    expect(article?.datePublished.value).toBe('2020-10-11');
  });

  it('on a Polish page, by the language detected from its text', () => {
    const text = page('11 listopada 2020', [
      'Rada miasta otworzyła w niedzielę nowy most na rzece, po trzech latach budowy i długich sporach o jego koszt.',
      'Mieszkańcy północnej części miasta jadą teraz do centrum o piętnaście minut krócej niż wcześniej, mówią urzędnicy.',
      'Radni zapowiedzieli, że w przyszłym roku uporządkują także brzeg przy moście i ustawią nowe ławki.',
    ]);
    const article = compileSource('pl-most', 'pl-most.txt', text).articles[0];
    expect(article?.datePublished.value).toBe('2020-11-11');
  });
});

describe('an opening dateline and a split date, in the page language', () => {
  const para = (text: string, line = 3) => ({ kind: 'paragraph' as const, text, line });
  it('reads the month of an opening dateline in the preferred language', () => {
    const text = 'ZAGREB, 11. listopada 2020. – Gradsko vijeće otvorilo je novi most.';
    expect(findOpeningDateline([para(text)], ['hr'])?.date).toEqual({ year: 2020, month: 10, day: 11 });
    expect(findOpeningDateline([para(text)], ['pl'])?.date).toEqual({ year: 2020, month: 11, day: 11 });
  });
  it('reads the month of a split date in the page language', () => {
    const removed = [{ line: 2, text: 'nedjelja, 11. listopada', reason: 'navigation' as const }];
    const body = [para('2026.', 3), para('Gradsko vijeće otvorilo je u nedjelju novi most preko rijeke.', 4)];
    expect(findSplitDateline({ removed, body, language: 'hr' })?.date).toEqual({ year: 2026, month: 10, day: 11 });
  });
});
