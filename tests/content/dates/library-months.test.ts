import { describe, expect, it } from 'vitest';
import * as locales from 'date-fns/locale';
import { findDates } from '@/lib/content/dates/date-find';
import { LIBRARY_LOCALES, libraryMonthLanguages } from '@/lib/content/dates/library-months';

describe('month names of languages the runtime has no dates for, from date-fns', () => {
  it('lists every date-fns locale of a language Intl formats no date in', () => {
    const lacking = Object.values(locales)
      .map((l) => l.code.split('-')[0]!)
      .filter((lang) => Intl.DateTimeFormat.supportedLocalesOf([lang]).length === 0);
    expect(new Set(lacking)).toEqual(new Set(Object.keys(LIBRARY_LOCALES)));
    expect(libraryMonthLanguages()).toContain('ht');
  });

  // Haitian Creole months, hand-read: "jen" June, "jiyè" July, "out" August.
  it.each([
    ['14 jen 2026', { year: 2026, month: 6, day: 14 }],
    ['Vandredi 14 out 2026', { year: 2026, month: 8, day: 14 }],
    ['Madi 14 jiyè 2026', { year: 2026, month: 7, day: 14 }],
    ['6 desanm 2026', { year: 2026, month: 12, day: 6 }],
  ])('reads the Haitian date «%s» on a page of no known language', (line, parts) => expect(findDates(line)[0]?.parts).toEqual(parts));
});

describe('a month word that is one language’s full name and another’s abbreviation', () => {
  it('is read as the full name where the page’s language does not decide', () => expect(findDates('5 out 2026')[0]?.parts).toEqual({ year: 2026, month: 8, day: 5 }));
  it('is read in the page’s language where it is one of them', () => expect(findDates('5 out 2026', { prefer: ['pt'] })[0]?.parts).toEqual({ year: 2026, month: 10, day: 5 }));
  it('is an abbreviation when written with its dot', () => expect(findDates('5 de out. de 2026')[0]?.parts).toEqual({ year: 2026, month: 10, day: 5 }));
  it('is no full name when written in another case than the language writes it (Igbo’s “Jen”, January)', () => {
    expect(findDates('4 Jen 2019')[0]?.parts).toEqual({ year: 2019, month: 1, day: 4 });
    expect(findDates('4 JEN 2019')[0]?.parts).toEqual({ year: 2019, month: 1, day: 4 });
  });
});
