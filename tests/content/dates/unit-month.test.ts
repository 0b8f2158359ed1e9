import { describe, expect, it } from 'vitest';
import { findDate } from '@/lib/content/dates/date-find';
import { unitMonthDates } from '@/lib/content/dates/unit-month';

// Hand-read dates in the shapes CLDR gives languages that write the month as its number with the word for month.
describe('a month written as its number with the word for month', () => {
  it.each([
    ['ngày 5 tháng 12 năm 2026', { year: 2026, month: 12, day: 5 }],
    ['Thứ Bảy, 5 tháng 12, 2026', { year: 2026, month: 12, day: 5 }],
    ['5 thg 12, 2026', { year: 2026, month: 12, day: 5 }],
    ['tháng 12/2026', { year: 2026, month: 12, day: null }],
    ['2026 оны 12-р сарын 5', { year: 2026, month: 12, day: 5 }],
    ['2026 оны 12 сарын 05', { year: 2026, month: 12, day: 5 }],
  ])('reads “%s”', (text, parts) => expect(findDate(text)?.parts).toEqual(parts));
  it('reads no month alone, with neither a day nor a year beside it', () => expect(findDate('Trong tháng 12 có 5 người')).toBeNull());
  it('reads no number over twelve as a month', () => expect(unitMonthDates('5 tháng 14, 2026')).toEqual([]));
  it('does not scan a page in a language that names its months by words', () => expect(unitMonthDates('5 tháng 12, 2026', ['fr'])).toEqual([]));
});

// Months CLDR writes in three words or more: the longest name read goes first.
describe('a month name of several words', () => {
  it('reads the Mongolian eleventh month, not the first month its last words name', () =>
    expect(findDate('2021 оны арван нэгдүгээр сарын 18')?.parts).toEqual({ year: 2021, month: 11, day: 18 }));
  it('reads the Kikuyu eleventh month, not the tenth its first words name', () =>
    expect(findDate('18 Mwere wa ikũmi na ũmwe 2021')?.parts).toEqual({ year: 2021, month: 11, day: 18 }));
  it('still reads a two-word month (“12 كانون الثاني 2024”)', () => expect(findDate('12 كانون الثاني 2024')?.parts).toEqual({ year: 2024, month: 1, day: 12 }));
});
