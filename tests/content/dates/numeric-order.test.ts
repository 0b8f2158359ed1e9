import { describe, expect, it } from 'vitest';
import { numericOrderEvidence, readsMonthFirst } from '@/lib/content/dates/numeric-order';

const page = (...texts: string[]) => texts.map((text) => ({ text }));

describe('which way a page writes numeric dates', () => {
  it('reads an English page month first when it shows nothing else', () => expect(readsMonthFirst('en', page('Posted 05/03/2024', 'The board met on Monday.'))).toBe(true));
  it('reads an English page day first when a slash date cannot be month first', () =>
    expect(readsMonthFirst('en', page('Posted 05/03/2024', 'Updated 25/03/2024'))).toBe(false));
  it('reads an English page day first when it writes the day before a month name', () =>
    expect(readsMonthFirst('en', page('Published 05/03/2024', 'Work starts on 18 March 2024 and ends in May.'))).toBe(false));
  it('keeps month first when the page writes the month before the day', () =>
    expect(readsMonthFirst('en', page('Posted 05/03/2024', 'The hearing is set for March 18, 2024.'))).toBe(true));
  it('never reads another language month first', () => expect(readsMonthFirst('fr', page('Publié le 05/03/2024', 'Le 3 mars, rien.'))).toBe(false));

  it('counts each kind of evidence', () => {
    expect(numericOrderEvidence('25/03/2024, 03/25/2024 and 03/04/2024')).toEqual({ dayFirst: 1, monthFirst: 1 });
    expect(numericOrderEvidence('12th of March 2024, 1 May 2023, Sept. 5, 2024')).toEqual({ dayFirst: 2, monthFirst: 1 });
    expect(numericOrderEvidence('12 soldiers 2024, Chapter 12 2024')).toEqual({ dayFirst: 0, monthFirst: 0 });
  });

  // MONTH_DAY is read from the day's figures back to the month word (for speed); it must count what a forward scan counts.
  const monthFirstShapes: [string, number][] = [
    ['March 12, 2024 and Dec 5th 2023', 2],
    ['Sept. 5, 2024; May\n12, 2024', 2],
    ['March 123, 2024', 0],
    ['March 1 2, 2024', 0],
    ['September 2019 2020', 0],
    ['Septembers 12, 2024', 0],
    ['xMay 12, 2024 and 5May 12, 2024', 0],
    ['May 12, 2024, June 3 2023, July  4,  2022', 3],
  ];
  it.each(monthFirstShapes)('counts the month-first dates of %j', (text, count) => expect(numericOrderEvidence(text).monthFirst).toBe(count));
  it('counts month-first dates as a forward scan from the month word does', () => {
    const forward = /(?<![\p{L}\d])(\p{L}{3,9})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?!\d)/gu;
    const english = new Set(['march', 'dec', 'sept', 'may', 'june', 'july']);
    for (const [text] of monthFirstShapes) {
      const expected = [...text.matchAll(forward)].filter((m) => english.has(m[1]!.toLowerCase())).length;
      expect(numericOrderEvidence(text).monthFirst).toBe(expected);
    }
  });
});
