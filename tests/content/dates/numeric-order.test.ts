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
});
