import { describe, expect, it } from 'vitest';
import { fullNamesFirst, type MonthWord } from '@/lib/content/dates/month-words';

describe('fullNamesFirst orders the languages a text’s month words occur in', () => {
  it('keeps one language or none as it is', () => {
    const words: MonthWord[] = [{ index: 3, word: 'mars', languages: ['fr'] }];
    expect(fullNamesFirst(['fr'], words, '12 mars 2026')).toEqual(['fr']);
    expect(fullNamesFirst([], [], 'no month')).toEqual([]);
  });

  it('puts a language whose full month name is written before one it only abbreviates a month in', () => {
    // "September" is a full month name in both languages: the order is kept.
    const both: MonthWord[] = [{ index: 3, word: 'September', languages: ['de', 'en'] }];
    expect(fullNamesFirst(['de', 'en'], both, '18 September 2017')).toEqual(['de', 'en']);
    // "Sep" is an abbreviation in English; written as "Sep" it is no full name, and "September" of German is.
    const words: MonthWord[] = [
      { index: 0, word: 'Sep', languages: ['en'] },
      { index: 8, word: 'September', languages: ['de'] },
    ];
    expect(fullNamesFirst(['en', 'de'], words, 'Sep 18, September 2017')).toEqual(['de', 'en']);
    // With the abbreviation's dot written, the word is no full name whatever the language.
    const dotted: MonthWord[] = [{ index: 0, word: 'September', languages: ['en'] }, { index: 13, word: 'Sep', languages: ['de'] }];
    expect(fullNamesFirst(['de', 'en'], dotted, 'September 18 Sep. 2017')).toEqual(['en', 'de']);
  });
});
