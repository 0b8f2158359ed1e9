import { describe, expect, it } from 'vitest';
import { compileArticle } from '../../support/compile-text';
import { isEarlierDay } from '@/lib/content/dates/partial-date';

const compile = (lines: string[]) => compileArticle(lines.join('\n'));

const story = [
  'Obec otevřela v budově bývalé školy novou knihovnu s dětským koutkem a čítárnou pro seniory.',
  'Knihovna bude otevřena čtyři dny v týdnu a nabídne také kurzy práce s počítačem.',
  'Na provoz přispěl kraj částkou dvě stě tisíc korun, zbytek zaplatí obec ze svého rozpočtu.',
];

describe('which stated date is the publication', () => {
  it('takes the earlier of two dated header lines, whatever their labels, and keeps the later as the update', () => {
    const a = compile(['Zprávy', 'Obec otevřela novou knihovnu', 'Aktualizováno 11. 3. 2024 9:10', 'Publikováno 10. 3. 2024 14:05', ...story]);
    expect(a?.datePublished).toMatchObject({ value: '2024-03-10', precision: 'day', line: 4 });
    expect(a?.dateModified).toMatchObject({ value: '2024-03-11', line: 3 });
  });

  it('takes the earlier of two dates on one line', () => {
    const a = compile(['Cronaca', 'Riapre il museo dopo due anni di lavori', 'Pubblicato il 10 marzo 2024 alle 14:05 - Aggiornato il 11 marzo 2024 alle 09:10', ...story]);
    expect(a?.datePublished).toMatchObject({ value: '2024-03-10', precision: 'day' });
  });

  it('takes the story’s date under the standfirst over the site’s “today” above the menu', () => {
    const a = compile([
      'Utorak, 12. mart 2024.',
      'Početna',
      'Politika',
      'Vlada najavila nove mere za poljoprivrednike',
      'Vlada je najavila paket mera kojim će poljoprivrednicima pomoći da prevaziđu posledice suše.',
      'Autor: Nikola Ilić',
      '10.03.2024. 14:05',
      'Mere uključuju subvencije za navodnjavanje i povoljnije kredite za nabavku opreme.',
      'Ministar poljoprivrede rekao je da će prvi novac biti isplaćen već u aprilu.',
    ]);
    expect(a?.datePublished).toMatchObject({ value: '2024-03-10', precision: 'day', line: 7 });
  });

  it('takes a bare name beside a date under the text as the byline', () => {
    const a = compile(['Zprávy', 'Obec otevřela novou knihovnu', ...story, '10. března 2024 14:05', 'Jan Dvořák', 'Sdílet']);
    expect(a?.author?.value).toBe('Jan Dvořák');
    expect(a?.datePublished.value).toBe('2024-03-10');
  });
});

describe('isEarlierDay', () => {
  it.each([
    [{ year: 2024, month: 3, day: 10 }, { year: 2024, month: 3, day: 11 }, true],
    [{ year: 2023, month: 12, day: 31 }, { year: 2024, month: 1, day: 1 }, true],
    [{ year: 2024, month: 3, day: 11 }, { year: 2024, month: 3, day: 10 }, false],
    [{ year: 2024, month: 3, day: 10 }, { year: 2024, month: 3, day: 10 }, false],
    [{ year: null, month: 3, day: 1 }, { year: 2024, month: 3, day: 10 }, false],
    [{ year: 2024, month: 3, day: null }, { year: 2024, month: 4, day: 10 }, false],
  ])('%o before %o: %s', (a, b, want) => expect(isEarlierDay(a, b)).toBe(want));
});
