import { describe, expect, it } from 'vitest';
import { earliestInstant, isoAtPrecision, precisionNote } from '@/lib/seo/dates';
import { makeArticle } from '../support/articles';

const published = (value: string | null, precision: 'day' | 'month' | 'year' | 'none') =>
  makeArticle({ published: { value, precision } }).datePublished;

describe('machine dates', () => {
  it('keeps the real precision of an ISO value', () => {
    expect(isoAtPrecision(published('2017-09', 'month'))).toBe('2017-09');
    expect(isoAtPrecision(published(null, 'none'))).toBeNull();
  });

  it('takes the first UTC instant of a period', () => {
    expect(earliestInstant('2017').toISOString()).toBe('2017-01-01T00:00:00.000Z');
    expect(earliestInstant('2017-09').toISOString()).toBe('2017-09-01T00:00:00.000Z');
    expect(earliestInstant('2017-09-18').toISOString()).toBe('2017-09-18T00:00:00.000Z');
  });

  it('explains a widened timestamp but says nothing for a day-precise one', () => {
    expect(precisionNote(published('2017-09-18', 'day'))).toBeNull();
    expect(precisionNote(published('2017-09', 'month'))).toMatch(/September 2017.*only the month is known/);
    expect(precisionNote(published(null, 'none'))).toMatch(/Date unknown/);
  });
});
