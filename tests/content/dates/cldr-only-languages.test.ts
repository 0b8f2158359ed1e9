import { describe, expect, it } from 'vitest';
import { findDate } from '@/lib/content/dates/date-find';
import { isWeekdayName } from '@/lib/content/dates/weekday-names';
import { matchDateline } from '@/lib/content/segment/header-lines';

// Languages no stopword list or country table knows, whose months and weekdays come from CLDR alone.
describe('a day written with its ordinal ending', () => {
  it.each([
    ['la 12-an de marto 2024', { year: 2024, month: 3, day: 12 }],
    ['12-a de marto 2024', { year: 2024, month: 3, day: 12 }],
    ['12טן מערץ 2024', { year: 2024, month: 3, day: 12 }],
  ])('reads the day of “%s”', (line, parts) => expect(findDate(line)?.parts).toEqual(parts));
  it('reads no day from a figure glued to a longer word', () => expect(findDate('Top12kilo marto 2024')?.parts.day ?? null).toBeNull());
});

describe('a month CLDR writes after a word every month shares', () => {
  it('reads the last word alone (“12 Ẹrẹ̀nà 2024”, Yoruba March)', () => expect(findDate('12 Ẹrẹ̀nà 2024')?.parts).toEqual({ year: 2024, month: 3, day: 12 }));
  it('reads it in decomposed form too', () => expect(findDate('12 Ẹrẹ̀nà 2024'.normalize('NFD'))?.parts).toEqual({ year: 2024, month: 3, day: 12 }));
  it('reads it still with the shared word', () => expect(findDate('12 Oṣù Ẹrẹ̀nà 2024')?.parts).toEqual({ year: 2024, month: 3, day: 12 }));
  it('reads the Gaelic January alone (“12 Faoilleach 2024”)', () => expect(findDate('12 Faoilleach 2024')?.parts).toEqual({ year: 2024, month: 1, day: 12 }));
});

describe('a month written with other marks than CLDR gives it', () => {
  it.each([
    ['12 Ẹrẹna 2024', 3],
    ['12 Ẹ̀rẹ̀nà 2024', 3],
    ['17 Ọ̀wara 2024', 10],
  ])('reads “%s” by its letters without marks', (line, month) => expect(findDate(line)?.parts).toEqual({ year: 2024, month, day: +line.slice(0, 2) }));
  it('reads a word written with no mark at all only as CLDR spells it (“12 Erena 2024” is no date)', () => expect(findDate('12 Erena 2024')).toBeNull());
});

describe('a weekday of a language only CLDR knows', () => {
  it.each(['moandei', 'tiisdei', 'Jumatatu'])('knows “%s”', (w) => expect(isWeekdayName(w)).toBe(true));
  it('reads “moandei 23 maart 2020” as a dateline with its weekday', () =>
    expect(matchDateline('moandei 23 maart 2020')).toEqual({ date: { year: 2020, month: 3, day: 23 }, weekday: true, byline: null }));
  it.each(['sali', 'martedi'])('still does not know “%s” (a stopword, or a known weekday without its accent)', (w) => expect(isWeekdayName(w)).toBe(false));
});
