import { describe, expect, it } from 'vitest';
import { numericDates } from '@/lib/content/dates/numeric-dates';

const parts = (text: string, options = {}) => numericDates(text, options).map((d) => [d.parts, text.slice(d.start, d.end)]);

describe('numericDates reads dates written in figures by their shape', () => {
  it('reads year-month-day and day-month-year, day first unless the page is US-English', () => {
    expect(parts('posted 2019-03-04 by staff')).toEqual([[{ year: 2019, month: 3, day: 4 }, '2019-03-04']]);
    expect(parts('03/04/2019')).toEqual([[{ year: 2019, month: 4, day: 3 }, '03/04/2019']]);
    expect(parts('03/04/2019', { monthFirst: true })).toEqual([[{ year: 2019, month: 3, day: 4 }, '03/04/2019']]);
    // A first number over 12 is a day whatever the page.
    expect(parts('13/04/2019', { monthFirst: true })).toEqual([[{ year: 2019, month: 4, day: 13 }, '13/04/2019']]);
  });

  it('reads a two-figure year on a header line only, never in running text', () => {
    expect(parts('12.03.21')).toEqual([[{ year: 2021, month: 3, day: 12 }, '12.03.21']]);
    expect(parts('12.03.21', { prose: true })).toEqual([]);
  });

  it('reads a Roman-numeral month and CJK unit signs', () => {
    expect(parts('12. III 2024.')).toEqual([[{ year: 2024, month: 3, day: 12 }, '12. III 2024']]);
    expect(parts('2019年3月4日')).toEqual([[{ year: 2019, month: 3, day: 4 }, '2019年3月4日']]);
    // A month sign alone is no date.
    expect(parts('3月')).toEqual([]);
  });

  it('finds nothing in text without a figure', () => {
    expect(parts('no date here')).toEqual([]);
  });
});
