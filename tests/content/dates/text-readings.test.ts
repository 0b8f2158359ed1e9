import { describe, expect, it } from 'vitest';
import { findDate, findDates } from '@/lib/content/dates/date-find';
import { intlWeekdays } from '@/lib/content/dates/weekday-names';

// A text's month words and readings are read once for every caller (text-readings.ts): a reading made without the
// page's language must not decide one made with it, nor the other way round.
describe('readings shared between readers with and without the page language', () => {
  it('reads the preferred language first whatever was read before on the same line', () => {
    const line = 'Objavljeno 11. listopada 2020. u 14:32';
    expect(findDate(line)?.parts.day).toBe(11);
    expect(findDate(line, { prefer: ['hr'] })?.parts).toEqual({ year: 2020, month: 10, day: 11 });
    expect(findDate(line, { prefer: ['pl'] })?.parts).toEqual({ year: 2020, month: 11, day: 11 });
    expect(findDate(line, { prefer: ['hr'] })?.parts).toEqual({ year: 2020, month: 10, day: 11 });
  });

  it('reads numeric shapes in each caller\'s own order', () => {
    const line = 'Posted 03/04/2019 by Jane Doe';
    expect(findDate(line)?.parts).toEqual({ year: 2019, month: 4, day: 3 });
    expect(findDate(line, { monthFirst: true })?.parts).toEqual({ year: 2019, month: 3, day: 4 });
    expect(findDate(line)?.parts).toEqual({ year: 2019, month: 4, day: 3 });
  });

  it('gives the same dates to a second reader as a first', () => {
    const line = 'Jane Doe | 4 March 2019 | 5 mars 2019';
    const first = findDates(line, { prefer: ['fr'] });
    expect(findDates(line, { prefer: ['en'] }).map((d) => d.parts)).toEqual(first.map((d) => d.parts));
    expect(first.map((d) => [d.start, d.end])).toEqual([[11, 23], [26, 37]]);
  });
});

describe('intlWeekdays', () => {
  it('answers each locale, length and placing alike on every call', () => {
    expect(intlWeekdays('en', 'long')[0]).toBe('Sunday');
    expect(intlWeekdays('en', 'short')[0]).toBe('Sun');
    expect(intlWeekdays('en', 'long')[1]).toBe('Monday');
    expect(intlWeekdays('de', 'long')[1]).toBe('Montag');
  });
});
