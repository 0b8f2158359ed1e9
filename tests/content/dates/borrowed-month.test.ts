import { describe, expect, it } from 'vitest';
import { borrowedMonth, borrowedMonthDates } from '@/lib/content/dates/borrowed-month';
import { findDates } from '@/lib/content/dates/date-find';

describe('borrowedMonth', () => {
  // Haitian Creole and Latin month names, which the runtime's CLDR data does not hold.
  it.each([
    ['janvye', 1], ['fevriye', 2], ['septanm', 9], ['oktòb', 10], ['novanm', 11], ['desanm', 12],
    ['Ianuarius', 1], ['Februarius', 2], ['Octobris', 10],
  ])('reads “%s” as month %i by the opening it shares with other languages’ names', (word, month) => expect(borrowedMonth(word)).toBe(month));
  it.each(['Politika', 'Cronaca', 'Redazione', 'Beograd', 'jiyè'])('reads no month in “%s”', (word) => expect(borrowedMonth(word)).toBeNull());
});

describe('borrowedMonthDates', () => {
  const none = () => false;
  it('reads day, word and year, and word, day and year', () => {
    expect(borrowedMonthDates('Pibliye 6 desanm 2026', none).map((d) => d.parts)).toEqual([{ year: 2026, month: 12, day: 6 }]);
    expect(borrowedMonthDates('desanm 6, 2026', none).map((d) => d.parts)).toEqual([{ year: 2026, month: 12, day: 6 }]);
  });
  it('needs a four-figure year and a real day', () => {
    expect(borrowedMonthDates('6 desanm', none)).toEqual([]);
    expect(borrowedMonthDates('31 novanm 2026', none)).toEqual([]);
  });
  it('leaves a word its own reader knows alone', () => expect(borrowedMonthDates('6 desanm 2026', (w) => w === 'desanm')).toEqual([]));
});

describe('findDates with a borrowed month name', () => {
  it('reads it on a header line', () => expect(findDates('Dimanch 6 desanm 2026, 18:24')[0]?.parts).toEqual({ year: 2026, month: 12, day: 6 }));
  it('never in running text', () => expect(findDates('Li te di sa 6 desanm 2026 nan reyinyon an.', { prose: true })).toEqual([]));
});

describe('what the borrowed reading leaves alone', () => {
  it('a word that is a month form without its marks, left unread on purpose', () => expect(borrowedMonth('Erena')).toBeNull());
  it('a page whose language has month names in the runtime', () => expect(findDates('12 junaka 2024', { languages: ['sr'] })).toEqual([]));
});
