import { describe, expect, it } from 'vitest';
import { withoutWeekdayPhrases } from '@/lib/content/dates/weekday-names';
import { matchDateline } from '@/lib/content/segment/header-lines';
import { findDate } from '@/lib/content/dates/date-find';

// Weekdays CLDR writes as two or three words: a dateline's words are weighed one by one, so the phrase is taken whole.
describe('a weekday of two or three words beside a date', () => {
  it.each([
    ['e premte, 4 janar 2019', { year: 2019, month: 1, day: 4 }],
    ['11 fevral 2020, çərşənbə axşamı', { year: 2020, month: 2, day: 11 }],
    ['Dé hAoine 4 Eanáir 2019', { year: 2019, month: 1, day: 4 }],
  ])('reads “%s” as a dateline', (line, date) => expect(matchDateline(line)?.date).toEqual(date));

  it('blanks the whole phrase and keeps its place in the text', () => {
    expect(withoutWeekdayPhrases('e premte, 4 janar')).toBe(`${' '.repeat(8)}, 4 janar`);
    expect(withoutWeekdayPhrases('Dé hAoine 4')).toBe(`${' '.repeat(9)} 4`);
  });
  it('blanks no words that are not together a weekday’s whole name', () => {
    for (const text of ['e premtja', 'premte e', 'axşamı xəbərləri', 'Dé mór Aoine']) expect(withoutWeekdayPhrases(text).trim().split(/\s+/).length).toBeGreaterThanOrEqual(2);
  });
  it('still takes no line where a word of running text stands beside the date', () => expect(matchDateline('e premte, 4 janar 2019 qeveria vendosi ligjin')).toBeNull());
});

// A zero-width non-joiner inside a word is spelling, not a break between words.
describe('a month name written with a zero-width non-joiner inside it', () => {
  it('reads “2020 ഒക്‌ടോബർ 11” (Malayalam October as CLDR writes it)', () => expect(findDate('2020 ഒക്\u200cടോബർ 11')?.parts).toEqual({ year: 2020, month: 10, day: 11 }));
  it('reads no month from a word a joiner glues to another word', () => expect(findDate('2020 ഒക്\u200cടോബർx 11')?.parts.month ?? null).toBeNull());
});

// Shapes CLDR writes dates in that a header line shows as written (hand-read values).
describe('a dateline as CLDR writes it', () => {
  it.each([
    ['4 בינו׳ 2019', { year: 2019, month: 1, day: 4 }], // Hebrew: an abbreviation closed by a geresh
    ['4 মে’, 2023', { year: 2023, month: 5, day: 4 }], // Assamese: a month closed by an apostrophe
    ['2019-ж., 4-январь', { year: 2019, month: 1, day: 4 }], // Kyrgyz: year with its word after a hyphen, then day-month
    ['2019, кӑрлач, 4', { year: 2019, month: 1, day: 4 }], // Chuvash: year, month, day parted by commas
    ['4, Ɔpɛpɔn, 2019', { year: 2019, month: 1, day: 4 }], // Akan: a day with its comma
    ['5 ғинуар, дүшәмбе, 2026 й.', { year: 2026, month: 1, day: 5 }], // Bashkir: a weekday between month and year
  ])('reads “%s”', (line, date) => expect(matchDateline(line)?.date).toEqual(date));
  it('reads no comma-parted numbers in running text, where a comma parts a list', () => {
    expect(findDate('By 2019, March, 4 ministers had left the cabinet', { prose: true })?.parts.day ?? null).toBeNull();
    expect(findDate('Of the votes counted, 4, March 2019 saw the most', { prose: true })?.parts.day ?? null).toBeNull();
  });
  it('takes no word between the month and the year that is not a weekday', () => expect(matchDateline('4 ғинуар, хәбәр, 2019 й.')?.date.year ?? null).toBeNull());
});

// chrono misreadings of figures beside a month name.
describe('figures chrono reads as something they are not', () => {
  it('reads a four-figure year before the month as the year, not as a span of days (“2021 марта 18”)', () =>
    expect(findDate('2021 марта 18', { languages: ['ru'] })?.parts).toEqual({ year: 2021, month: 3, day: 18 }));
  it('reads two bare figures after a month as its day, not as a year (“abril 25”)', () =>
    expect(findDate('abril 25', { languages: ['es'] })?.parts).toEqual({ year: null, month: 4, day: 25 }));
  it('still reads a year written in full after the month (“Junio 2011”)', () => expect(findDate('Junio 2011', { languages: ['es'] })?.parts).toEqual({ year: 2011, month: 6, day: null }));
  it('still reads two figures as the year beside a day (“12 Mar 24”)', () => expect(findDate('12 Mar 24', { languages: ['en'] })?.parts).toEqual({ year: 2024, month: 3, day: 12 }));
});
