import { describe, expect, it } from 'vitest';
import { gregorianOfSolarHijri, solarHijriDates } from '@/lib/content/dates/solar-hijri';
import { findDates } from '@/lib/content/dates/date-find';

/** Expected days written by hand from known calendar facts: Nowruz 1403 fell on 20 March 2024 and Nowruz 1404 on 21 March 2025 (1403 is a leap year, so its 30 Esfand exists), 22 Bahman 1357 is 11 February 1979. */
describe('gregorianOfSolarHijri', () => {
  it.each([
    [1403, 1, 1, { year: 2024, month: 3, day: 20 }],
    [1404, 1, 1, { year: 2025, month: 3, day: 21 }],
    [1405, 9, 15, { year: 2026, month: 12, day: 6 }],
    [1403, 12, 30, { year: 2025, month: 3, day: 20 }],
    [1357, 11, 22, { year: 1979, month: 2, day: 11 }],
  ])('%i-%i-%i is %o', (y, m, d, want) => expect(gregorianOfSolarHijri(y, m, d)).toEqual(want));
  it('has no 31st day in the seventh month and no year outside its range', () => {
    expect(gregorianOfSolarHijri(1403, 7, 31)).toBeNull();
    expect(gregorianOfSolarHijri(1250, 1, 1)).toBeNull();
  });
});

describe('solarHijriDates', () => {
  it.each([
    ['15 آذر 1405', { year: 2026, month: 12, day: 6 }],
    ['15 قوس 1405', { year: 2026, month: 12, day: 6 }],
    ['Azar 15, 1405', { year: 2026, month: 12, day: 6 }],
  ])('reads “%s”', (text, want) => expect(solarHijriDates(text).map((d) => d.parts)).toEqual([want]));
  it('reads no Gregorian year and no month it does not name', () => {
    expect(solarHijriDates('15 آذر 2026')).toEqual([]);
    expect(solarHijriDates('15 خبر 1405')).toEqual([]);
  });
});

describe('findDates with a Solar Hijri date', () => {
  it('reads Persian digits on a header line', () =>
    expect(findDates('یکشنبه ۱۵ آذر ۱۴۰۵ - ۱۸:۲۴')[0]?.parts).toEqual({ year: 2026, month: 12, day: 6 }));
  it('never in running text', () => expect(findDates('در ۱۵ آذر ۱۴۰۵ جلسه برگزار شد.', { prose: true })).toEqual([]));
});
