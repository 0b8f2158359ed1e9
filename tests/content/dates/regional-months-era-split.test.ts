import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { findDate, findSplitDate } from '@/lib/content/dates/date-find';
import { gregorianYearIn } from '@/lib/content/dates/era-year';
import { dateLanguages, monthLocalesOf } from '@/lib/content/dates/date-languages';
import { findSplitDateline } from '@/lib/content/dates/story-datelines';

const day = (year: number | null, month: number, d: number | null) => ({ year, month, day: d });

describe('month names of CLDR regional variants', () => {
  it.each([
    ['12 آذار 2024', day(2024, 3, 12)],
    ['الثلاثاء 12 آب 2024', day(2024, 8, 12)], // a month name of two letters, in a script without case
    ['3 تشرين الثاني 2024', day(2024, 11, 3)], // a month of two words: "the second Tishrin" is November
    ['3 تشرين الأول 2024', day(2024, 10, 3)],
    ['25 كانون الأول 2023', day(2023, 12, 25)],
    ['25 كانون الثاني 2023', day(2023, 1, 25)],
    ['12 جانفي 2024', day(2024, 1, 12)], // Algeria, Tunisia
    ['12 غشت 2024', day(2024, 8, 12)], // Morocco
    ['12. Jänner 2024', day(2024, 1, 12)], // Austria
    ['12 de setiembre de 2024', day(2024, 9, 12)], // Peru, Uruguay
    ['12 मई 2024', day(2024, 5, 12)], // Hindi May has two letters too
  ])('reads “%s”', (line, parts) => expect(findDate(line)?.parts).toEqual(parts));

  it('reads no month from the first word of a two-word month alone: “كانون” is January or December', () => {
    expect(findDate('12 كانون 2024')).toBeNull();
  });

  it('reads a month named twice, in two calendars or regions, as one date with the numbers around the pair', () => {
    expect(findDate('12 آذار/مارس 2024')?.parts).toEqual(day(2024, 3, 12));
    expect(findDate('12 مارس (آذار) 2024')?.parts).toEqual(day(2024, 3, 12));
    expect(findDate('الأربعاء 13 تشرين الثاني/نوفمبر 2024')?.parts).toEqual(day(2024, 11, 13));
    // Two different months side by side are no pair: the day stays with the first, the year with the second.
    expect(findDate('12 آذار/نيسان 2024')?.parts).toEqual(day(null, 3, 12));
  });

  it('lists every regional locale whose CLDR month names differ from its language’s own', () => {
    // An independent discovery: each region's most likely language (CLDR likely subtags), kept when the runtime has the
    // regional locale and it names the months otherwise. Slow (hundreds of formatters), so only here, not at load time.
    const months = (locale: string) => {
      const f = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC', calendar: 'gregory' });
      return Array.from({ length: 12 }, (_, m) => f.format(new Date(Date.UTC(2001, m, 15)))).join('|');
    };
    const missing: string[] = [];
    for (const region of Object.keys(countries.getAlpha2Codes())) {
      const lang = new Intl.Locale(`und-${region}`).maximize().language;
      const tag = `${lang}-${region}`;
      if (!dateLanguages().includes(lang) || new Intl.DateTimeFormat(tag).resolvedOptions().locale !== tag) continue;
      // Months written with figures ("3月" in Hong Kong and Taiwan) are the numeric readers' business, not a month table's.
      if (/\d/u.test(months(tag))) continue;
      if (!monthLocalesOf(lang).map(months).includes(months(tag))) missing.push(tag);
    }
    expect(missing).toEqual([]);
  }, 60_000);
});

describe('years of a calendar that differs from the Gregorian by its era alone', () => {
  it('counts a Thai Buddhist-era year back 543 years, and leaves a Gregorian one as written', () => {
    expect(gregorianYearIn('th', 2567)).toBe(2024);
    expect(gregorianYearIn('th', 2024)).toBe(2024);
    expect(gregorianYearIn('en', 2567)).toBe(2567);
    // The Persian calendar has months of its own: no shift of the year converts its dates.
    expect(gregorianYearIn('fa', 1403)).toBe(1403);
  });

  it.each([
    ['12 มีนาคม 2567', day(2024, 3, 12)],
    ['12 มี.ค. 2567', day(2024, 3, 12)], // the short form, an abbreviation with dots inside it
    ['12 ส.ค. 2567 10:15 น.', day(2024, 8, 12)],
    ['วันที่ 12 มีนาคม พ.ศ. 2567', day(2024, 3, 12)], // the era's own mark before the year
    ['๑๒ มีนาคม ๒๕๖๗', day(2024, 3, 12)], // Thai digits
    ['12 มีนาคม 2024', day(2024, 3, 12)],
  ])('reads “%s”', (line, parts) => expect(findDate(line)?.parts).toEqual(parts));

  it('shifts no year written with another language’s month', () => expect(findDate('12 March 2567')).toBeNull());
});

describe('a date set over two lines', () => {
  it.each([
    ['31.01.', '2026.', day(2026, 1, 31)],
    ['31. 01.', '2026.', day(2026, 1, 31)],
    ['31 января', '2026 г.', day(2026, 1, 31)],
    ['petak, 31. januar', '2026.', day(2026, 1, 31)],
  ])('reads “%s” over “%s”', (a, b, parts) => expect(findSplitDate(a, b)).toEqual(parts));

  it.each([
    ['31.01.', 'Srbija'], // no year under it
    ['12 марта 2024', '2025'], // the first line has its own year
    ['3 tickets', '2026'], // no day and month above
    ['Gradske vlasti su 31.01. počele radove na mostu', '2026.'], // a sentence, not a date line
  ])('reads no date from “%s” over “%s”', (a, b) => expect(findSplitDate(a, b)).toBeNull());

  it('finds the pair among the lines extraction removed and the short lines it kept, neighbours only', () => {
    const removed = [
      { line: 1, text: 'Vesti', reason: 'navigation' as const },
      { line: 5, text: '31.01.', reason: 'navigation' as const },
    ];
    const body = [
      { kind: 'paragraph' as const, text: '2026.', line: 6 },
      { kind: 'paragraph' as const, text: 'Gradske vlasti počele su radove na mostu koji je oštećen u poplavi.', line: 7 },
    ];
    expect(findSplitDateline({ removed, body })).toMatchObject({ date: day(2026, 1, 31), line: 5 });
    expect(findSplitDateline({ removed, body: body.map((b) => ({ ...b, line: b.line + 1 })) })).toBeNull();
  });
});
