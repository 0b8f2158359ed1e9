/**
 * Datelines as pages in many languages print them: a weekday in lower case, fields apart by bars
 * or bullets (a reading time, a byline), a year-first date with a time, and dates glued to the
 * headline or to the first sentence. Dates are made up.
 */
import { describe, expect, it } from 'vitest';
import { findDate } from '@/lib/content/dates/date-find';
import { isWeekdayName } from '@/lib/content/dates/weekday-names';
import { splitGluedLine } from '@/lib/content/segment/glued-lines';
import { matchByline, matchDateline } from '@/lib/content/segment/header-lines';

const DAY = { year: 2026, month: 12, day: 5 };
const noHints = { outlets: [], menu: new Set<string>() };

describe('weekday names', () => {
  it.each(['subota', 'субота', 'sestdiena', 'szombat', 'lördag', 'laupäev', 'sâmbătă', 'zaterdag', 'Σάββατο'])('knows “%s”', (w) => expect(isWeekdayName(w)).toBe(true));
  it.each(['ministarstvo', 'radar', 'olvasás'])('does not take “%s” for one', (w) => expect(isWeekdayName(w)).toBe(false));
});

describe('datelines', () => {
  it.each([
    'subota, 5. decembar 2026. 10:15',
    'субота, 5. децембар 2026.',
    'sestdiena, 5. decembris, 2026',
    'szombat, 2026. december 5.',
    'lördag 5 december 2026 kl. 10.15',
    'laupäev, 5. detsember 2026',
    'sâmbătă, 5 decembrie 2026',
  ])('reads “%s” with its lower-case weekday', (line) => expect(matchDateline(line)?.date).toEqual(DAY));

  it.each(['5 December 2026 • 3 min read', 'szombat, 2026. december 5. 10:15 | 3 perc olvasás', 'Politika | 05.12.2026. | 2 perc olvasás'])(
    'reads the date field of “%s”',
    (line) => expect(matchDateline(line)?.date).toEqual(DAY),
  );

  it('still refuses a sentence that mentions a date', () => {
    expect(matchDateline('Na subotu, 5. decembar 2026, ministar je najavio nove nabavke za vojsku i policiju.')).toBeNull();
    expect(matchDateline('5 December 2026 | The minister said the order would be signed next spring.')).toBeNull();
  });

  it('finds the byline among the fields', () => {
    expect(matchDateline('Piše: Ana Marić | Objavljeno: 05.12.2026. 14:32 | Ažurirano: 05.12.2026. 16:10')?.byline?.author).toBe('Ana Marić');
    expect(matchDateline('05.12.2026. 14:32 | Autor: Ana Marić')?.byline?.author).toBe('Ana Marić');
    expect(matchDateline('Glasnik.rs 05.12.2026 | Marko Petrović')?.byline?.author).toBe('Marko Petrović');
  });

  it('prefers a year-first reading over a yearless one in another language', () => {
    expect(findDate('Frissítve: 2026. december 5. 10:15')?.parts).toEqual(DAY);
  });
});

describe('dates glued to text', () => {
  it('cuts a date and time off the end of a headline of any length', () => {
    expect(splitGluedLine('Vojska dobila nove radare za odbranu neba05.12.2026. 14:32', noHints)).toEqual(['Vojska dobila nove radare za odbranu neba', '05.12.2026. 14:32']);
    expect(splitGluedLine('防衛省、新型迎撃ミサイルを来年度から配備へ2026年12月5日 10時15分', noHints)).toEqual(['防衛省、新型迎撃ミサイルを来年度から配備へ', '2026年12月5日 10時15分']);
  });

  it('cuts a date and time marker off the first sentence', () => {
    const line = '05.12.2026. 14:32Ministarstvo odbrane saopštilo je da su prva dva radara stigla u kasarnu.';
    expect(splitGluedLine(line, noHints)).toEqual(['05.12.2026. 14:32', 'Ministarstvo odbrane saopštilo je da su prva dva radara stigla u kasarnu.']);
    expect(splitGluedLine('2026年12月5日 10時15分防衛省は新型の迎撃ミサイルを来年度から各地に配備すると発表した。', noHints)).toEqual([
      '2026年12月5日 10時15分',
      '防衛省は新型の迎撃ミサイルを来年度から各地に配備すると発表した。',
    ]);
  });

  it('never splits a CJK date at its own unit letters', () => {
    expect(splitGluedLine('2026年12月05日 10:15 来源：江南晚报', noHints)).toEqual(['2026年12月05日 10:15 来源：江南晚报']);
  });
});

describe('bylines with two-word labels, a comma or a bar', () => {
  it.each([
    ['Scritto da Mario Rossi', 'Mario Rossi', null],
    ['Publicado por Juan Pérez', 'Juan Pérez', null],
    ['Redactat de Ion Popescu', 'Ion Popescu', null],
    ['Por Ana Souza, da Redação', 'Ana Souza', null],
    ['Ana Souza | Agência Brasil', 'Ana Souza', 'Agência Brasil'],
    ['Jane Doe | Staff writer', 'Jane Doe', null],
  ])('reads “%s”', (line, author, outlet) => expect(matchByline(line)).toEqual({ author, outlet }));

  it.each(['Foto di Mario Rossi', 'Fotó: Kovács Anna', 'Minsk Tractor - a new plant opens'])('does not take “%s” for a byline', (line) => expect(matchByline(line)).toBeNull());
});
