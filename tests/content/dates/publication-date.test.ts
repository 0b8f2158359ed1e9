import { describe, expect, it } from 'vitest';
import { findCurrentYear, findNewsPeg, latestYearMentioned } from '@/lib/content/dates/publication-date';
import { inferOutlet } from '@/lib/content/extract/infer-outlet';

const body = (...texts: string[]) => texts.map((text, i) => ({ kind: 'paragraph' as const, text, line: i + 1 }));

describe('in-text dates', () => {
  it('finds the date of reported speech in the opening paragraphs', () => {
    expect(findNewsPeg(body('The minister said on June 21 that talks went well.'))?.date).toEqual({ year: null, month: 6, day: 21 });
  });
  it('ignores an event date without a reporting verb', () => {
    expect(findNewsPeg(body('After all, on 7 December, the minister inaugurated a new vehicle.'))).toBeNull();
  });
  it('takes the year a text speaks of as current', () => {
    expect(findCurrentYear(body('Within 2016, 120 trucks will be delivered.', 'In 2013 the work stopped.'))?.year).toBe(2016);
  });
  it('gives no year when future sentences name two', () => {
    expect(findCurrentYear(body('In 2016 they will test it.', 'By 2018 they will build it.'))).toBeNull();
  });
  it('finds the latest year mentioned', () => expect(latestYearMentioned(body('In 2014 and 2015, then 2009.'))).toBe(2015));
});

describe('inferOutlet', () => {
  it('names the outlet a story refers to as its own', () => {
    expect(inferOutlet(body('As EADaily reported earlier, the test went well.'))).toMatchObject({ value: 'EADaily', source: 'inferred', line: 1 });
  });
  it('does not take a single interlocutor for the publisher', () => {
    expect(inferOutlet(body('The minister told Reuters the deal was done.'))).toBeNull();
  });
});
