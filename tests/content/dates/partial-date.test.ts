import { describe, expect, it } from 'vitest';
import { parseDateExpression, partsFromIso, precisionOf, toIsoValue } from '@/lib/content/date-parse';

describe('parseDateExpression', () => {
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
  ])('reads “%s”', (input, parts) => expect(parseDateExpression(input)).toEqual(parts));

  it.each(['February 30, 2017', '31.04.2017', 'Category status:', 'June 21 was hot', '2017', '87.25 -0.60'])('refuses “%s”', (input) =>
    expect(parseDateExpression(input)).toBeNull(),
  );
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
