import { describe, expect, it } from 'vitest';
import { findDate } from '@/lib/content/dates/date-find';
import { partsFromIso, precisionOf, toIsoValue, validParts } from '@/lib/content/dates/partial-date';

describe('a line that is nothing but a date', () => {
  it.each([
    ['September 18, 2017 10:50', { year: 2017, month: 9, day: 18 }],
    ['October 02, 2017 11:57', { year: 2017, month: 10, day: 2 }],
    ['23:08,31-05-2020', { year: 2020, month: 5, day: 31 }],
    ['18.09.2017', { year: 2017, month: 9, day: 18 }],
    ['2017-09-18', { year: 2017, month: 9, day: 18 }],
    ['Mon, 18 Sept. 2017', { year: 2017, month: 9, day: 18 }],
    ['18 сентября 2017 г.', { year: 2017, month: 9, day: 18 }],
    ['September 2017', { year: 2017, month: 9, day: null }],
    ['Apr 12', { year: null, month: 4, day: 12 }],
    ['7 December', { year: null, month: 12, day: 7 }],
  ])('reads “%s”', (input, parts) => expect(findDate(input)?.parts).toEqual(parts));

  it.each(['February 30, 2017', '31.04.2017', 'Category status:', '87.25 -0.60'])('refuses “%s”', (input) =>
    expect(findDate(input)).toBeNull(),
  );
  it('refuses parts that are not a calendar date', () => {
    expect(validParts({ year: 2017, month: 2, day: 30 })).toBeNull();
    expect(validParts({ year: 1850, month: null, day: null })).toBeNull();
    expect(validParts({ year: null, month: 2, day: 29 })).toEqual({ year: null, month: 2, day: 29 });
  });
});

describe('ISO values keep their precision', () => {
  it('writes only what is known', () => {
    expect(toIsoValue({ year: 2015, month: 12, day: null })).toBe('2015-12');
    expect(toIsoValue({ year: 2015, month: null, day: null })).toBe('2015');
    expect(toIsoValue({ year: null, month: 4, day: 12 })).toBeNull();
    expect(precisionOf({ year: null, month: 4, day: 12 })).toBe('none');
    expect(precisionOf({ year: 2015, month: 12, day: null })).toBe('month');
  });
  it('parses ISO partial values and rejects impossible ones', () => {
    expect(partsFromIso('2016-06')).toEqual({ year: 2016, month: 6, day: null });
    expect(partsFromIso('2016-02-30')).toBeNull();
  });
});
