import { describe, expect, it } from 'vitest';
import { findDate } from '@/lib/content/dates/date-find';
import { numericYearIn } from '@/lib/content/dates/era-year';
import { dateLanguages } from '@/lib/content/dates/date-languages';

describe('numeric dates whose year counts from a language era (Thai Buddhist era: 543 years ahead)', () => {
  // Expected years by hand: 2569 - 543 = 2026, 2567 - 543 = 2024.
  it.each([
    ['05/12/2569', { year: 2026, month: 12, day: 5 }],
    ['5.12.2569 10:15', { year: 2026, month: 12, day: 5 }],
    ['2567-03-12', { year: 2024, month: 3, day: 12 }],
  ])('reads “%s” in the era that makes it a Gregorian year', (line, parts) => expect(findDate(line)?.parts).toEqual(parts));

  it('keeps a plausible Gregorian year as written', () => expect(findDate('05/12/2026')?.parts).toEqual({ year: 2026, month: 12, day: 5 }));
  it('refuses a year no era brings into range', () => expect(findDate('05/12/3026')).toBeNull());
  it('shifts only by the eras of the languages given', () => {
    expect(numericYearIn(['th'], 2569)).toBe(2026);
    expect(numericYearIn(['fr'], 2569)).toBe(2569);
    expect(numericYearIn(['th'], 2024)).toBe(2024);
  });
  it('reads the era only with the page languages it is given', () => {
    expect(findDate('05/12/2569', { languages: ['th'] })?.parts.year).toBe(2026);
    expect(findDate('05/12/2569', { languages: ['de'] })).toBeNull();
  });
});

describe('month names of languages no stopword list or country table covers (CLDR via Intl)', () => {
  it.each(['pa', 'ne', 'lo', 'my', 'te', 'kn'])('reads %s month names', (lang) => expect(dateLanguages()).toContain(lang));
  it.each([
    ['5 ਦਸੰਬਰ 2026', 'Punjabi, Latin digits'],
    ['੫ ਦਸੰਬਰ ੨੦੨੬', 'Punjabi, Gurmukhi digits'],
    ['५ डिसेम्बर २०२६', 'Nepali, Devanagari digits'],
    ['२०२६ डिसेम्बर ५', 'Nepali, year first'],
    ['5 ທັນວາ 2026', 'Lao'],
    ['၂၀၂၆ ဒီဇင်ဘာ ၅', 'Burmese, Myanmar digits, year first'],
    ['ಡಿಸೆಂಬರ್ 5, 2026', 'Kannada, month first'],
  ])('finds 5 December 2026 in “%s” (%s)', (line) => expect(findDate(line)?.parts).toEqual({ year: 2026, month: 12, day: 5 }));
  it('still needs a number beside the month word', () => expect(findDate('ਦਸੰਬਰ')).toBeNull());
});
