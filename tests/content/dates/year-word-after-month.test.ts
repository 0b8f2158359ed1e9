import { describe, expect, it } from 'vitest';
import { findDates } from '@/lib/content/dates/date-find';
import { matchDateline } from '@/lib/content/segment/header-lines';

describe('a word for "year" between the month and the year on a header line', () => {
  it.each([
    ['12 Ẹrẹ̀nà ọdún 2024', { year: 2024, month: 3, day: 12 }],
    ['Ọjọ́ Ajé, 12 Ẹrẹ̀nà, ọdún 2024', { year: 2024, month: 3, day: 12 }],
  ])('“%s” is a dateline with its year', (line, date) => expect(matchDateline(line)?.date).toEqual(date));
  it('is not read in running text, where the word joins other things', () =>
    expect(findDates('Wọ́n ṣe ìpàdé ní 12 Ẹrẹ̀nà títí 2024 kò tíì parí.', { prose: true }).map((d) => d.parts.year)).not.toContain(2024));
  it('takes one word only: two words between month and year are no date of that year', () =>
    expect(findDates('12 Ẹrẹ̀nà ọdún tó 2024')[0]?.parts.year ?? null).toBeNull());
});
