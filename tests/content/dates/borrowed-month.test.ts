import { describe, expect, it } from 'vitest';
import { borrowedMonth, borrowedMonthDates } from '@/lib/content/dates/borrowed-month';
import { findDates } from '@/lib/content/dates/date-find';

describe('borrowedMonth', () => {
  // Latin month names, which neither the runtime's CLDR data nor a library's locale (library-months.ts) holds.
  // (Haitian "fevriye" was read here until the three-letter CLDR languages came in: Morisyen writes it, so it is read as a name.)
  it.each([
    ['Ianuarius', 1], ['Februarius', 2], ['Martii', 3], ['Iulii', 7], ['Octobris', 10],
  ])('reads “%s” as month %i by the opening it shares with other languages’ names', (word, month) => expect(borrowedMonth(word)).toBe(month));
  it.each(['Politika', 'Cronaca', 'Redazione', 'Beograd', 'jiyè'])('reads no month in “%s”', (word) => expect(borrowedMonth(word)).toBeNull());
  // Fijian "Maji" (March) and "Epereli" (April) share only three letters with other languages' May ("maj", Czech
  // "máji") and an October: no month rather than a wrong one.
  it.each(['Maji', 'Epereli'])('reads no month in “%s”, whose opening shares only three letters with a month form', (word) => expect(borrowedMonth(word)).toBeNull());
});

describe('borrowedMonthDates', () => {
  const none = () => false;
  it('reads day, word and year, and word, day and year', () => {
    expect(borrowedMonthDates('Scriptum 6 Octobris 2026', none).map((d) => d.parts)).toEqual([{ year: 2026, month: 10, day: 6 }]);
    expect(borrowedMonthDates('Octobris 6, 2026', none).map((d) => d.parts)).toEqual([{ year: 2026, month: 10, day: 6 }]);
  });
  it('needs a four-figure year and a real day', () => {
    expect(borrowedMonthDates('6 Octobris', none)).toEqual([]);
    expect(borrowedMonthDates('32 Octobris 2026', none)).toEqual([]);
  });
  it('leaves a word its own reader knows alone', () => expect(borrowedMonthDates('6 Octobris 2026', (w) => w === 'Octobris')).toEqual([]));
});

describe('findDates with a borrowed month name', () => {
  it('reads it on a header line', () => expect(findDates('Dominica 6 Octobris 2026, 18:24')[0]?.parts).toEqual({ year: 2026, month: 10, day: 6 }));
  it('never in running text', () => expect(findDates('Consul dixit 6 Octobris 2026 in senatu.', { prose: true })).toEqual([]));
});

describe('what the borrowed reading leaves alone', () => {
  it('a word that is a month form without its marks, left unread on purpose', () => expect(borrowedMonth('Erena')).toBeNull());
  it('a page whose language has month names in the runtime', () => expect(findDates('12 junaka 2024', { languages: ['sr'] })).toEqual([]));
});
