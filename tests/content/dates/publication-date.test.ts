import { describe, expect, it } from 'vitest';
import { findCurrentYear, findNewsPeg, latestYearMentioned } from '@/lib/content/dates/publication-date';
import { inferOutlet } from '@/lib/content/extract/outlet-self-reference';
import { compileArticle } from '../../support/compile-text';

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
  it('never takes a deadline for the present', () => {
    expect(findCurrentYear(body('The army will receive the missiles by 2025.'))).toBeNull();
    expect(findCurrentYear(body('The first battery is expected in 2024.'))).toBeNull();
  });
  it('gives no present year when the text names a later one', () => {
    expect(findCurrentYear(body('Within 2016, 120 trucks will be delivered.', 'By 2025 the plant will close.'))).toBeNull();
  });
  it('reads the day of reported speech in another language’s month names too', () => {
    expect(findNewsPeg(body('The minister said on 21 czerwca that talks went well.'))?.date).toEqual({ year: null, month: 6, day: 21 });
  });
});

describe('a publication date comes from what the page states, never from a sentence about the future', () => {
  const page = (sentence: string) =>
    ['Belarus to get new air defence missiles', '', 'June 21', '', sentence, '', 'The first battery is to be stationed near the western border, according to a statement that gave no figures for the cost.', '', 'Officials said the order would be paid for from the state budget over several years.', ''].join('\n');
  it('keeps a yearless dateline yearless when the body only looks ahead to a year', () => {
    const date = compileArticle(page('The Belarusian army will receive the new missiles by 2025, the defence ministry said in a statement.'))?.datePublished;
    expect(date).toMatchObject({ value: null, precision: 'none', partial: { month: 6, day: 21 }, source: 'dateline' });
  });
  it('takes the year for the stated day only from a year the text names as the one in progress', () => {
    const date = compileArticle(page('Within 2016, the Belarusian army will receive the first missiles, the defence ministry said in a statement.'))?.datePublished;
    expect(date).toMatchObject({ value: '2016-06-21', precision: 'day', source: 'in-text' });
  });
});

describe('inferOutlet', () => {
  it('names the outlet a story refers to as its own', () => {
    expect(inferOutlet(body('As EADaily reported earlier, the test went well.'))).toMatchObject({ value: 'EADaily', source: 'inferred', line: 1 });
  });
  it('does not take a single interlocutor for the publisher', () => {
    expect(inferOutlet(body('The minister told Reuters the deal was done.'))).toBeNull();
  });
});
