import { describe, expect, it } from 'vitest';
import { ethiopianDates } from '@/lib/content/dates/ethiopian-date';
import { matchDateline } from '@/lib/content/segment/header-lines';

describe('Ethiopian calendar dates, read only where the page marks them as such', () => {
  it.each([
    // The era's mark after the year: Yekatit 23, 2017 is 2 March 2025.
    ['የካቲት 23 ቀን 2017 ዓ.ም', { year: 2025, month: 3, day: 2 }],
    ['AMN – የካቲት 22/2017 ዓ.ም', { year: 2025, month: 3, day: 1 }],
    ['23 ታኅሣሥ 2017 ዓ.ም.', { year: 2025, month: 1, day: 1 }],
    // A weekday that only this calendar's reading falls on: Tahsas 23, 2017 was a Wednesday (1 January 2025).
    ['ረቡዕ፣ ታኅሣሥ 23 2017', { year: 2025, month: 1, day: 1 }],
    // Meskerem 6, 2018 was a Tuesday (16 September 2025); 6 September 2018 was a Thursday.
    ['ማክሰኞ፣ መስከረም 6 2018', { year: 2025, month: 9, day: 16 }],
    // Letters written alike for one sound: "ታህሳስ" for "ታኅሣሥ".
    ['ረቡዕ፣ ታህሳስ 23 2017', { year: 2025, month: 1, day: 1 }],
  ])('reads «%s» as its Gregorian day', (line, date) => expect(matchDateline(line)?.date).toEqual(date));

  it.each([
    // Tigrinya's Gregorian month names are the Ethiopian ones: without a mark the figures are a Gregorian date.
    ['መስከረም 6 2018', { year: 2018, month: 9, day: 6 }],
    // A weekday the Gregorian reading falls on keeps it (Friday, 5 December 2025).
    ['ዓርብ፣ 5 ታሕሳስ 2025', { year: 2025, month: 12, day: 5 }],
  ])('leaves «%s» to the Gregorian reading', (line, date) => expect(matchDateline(line)?.date).toEqual(date));

  it('reads nothing unmarked, nor a day the calendar does not have', () => {
    expect(ethiopianDates('ህዳር 15/2016')).toEqual([]);
    expect(ethiopianDates('የካቲት 31 ቀን 2017 ዓ.ም')).toEqual([]);
    expect(ethiopianDates('23 March 2017 a.m.')).toEqual([]);
  });
});
