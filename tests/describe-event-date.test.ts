import { describe, expect, it } from 'vitest';
import { describeEventDate } from '@/lib/describe-event-date';
import type { EventDate } from '@/lib/content/schema';

const base: EventDate = { text: 'x', value: null, precision: 'year', start: null, end: null, partial: null, season: null, inferred: false, approximate: false, reasoning: null };
const times = (d: EventDate) => describeEventDate(d).pieces.flatMap((p) => (typeof p === 'string' ? [] : [p.dateTime]));

describe('describeEventDate', () => {
  it('gives each date a datetime at exactly its precision', () => {
    expect(times({ ...base, precision: 'day', value: '2015-12-07', start: '2015-12-07', end: '2015-12-07' })).toEqual(['2015-12-07']);
    expect(describeEventDate({ ...base, precision: 'month', value: '2015-05', start: '2015-05', end: '2015-05' }).label).toBe('May 2015');
    expect(times({ ...base, precision: 'year', value: '2015', start: '2015', end: '2015' })).toEqual(['2015']);
  });

  it('words a range within one year with the year once, and gives both ends a datetime', () => {
    const d = describeEventDate({ ...base, precision: 'range', start: '2014-03', end: '2014-04' });
    expect(d.label).toBe('March–April 2014');
    expect(times({ ...base, precision: 'range', start: '2014-03', end: '2014-04' })).toEqual(['2014-03', '2014-04']);
  });

  it('words seasons and decades with their span', () => {
    expect(describeEventDate({ ...base, text: 'winter of 2013', precision: 'season', season: 'winter', value: '2013', start: '2013-12', end: '2014-02' }).label).toBe('winter 2013');
    expect(describeEventDate({ ...base, text: 'the late 2000s', precision: 'decade', start: '2007', end: '2009' }).label).toBe('2007–2009 (late 2000s)');
  });

  it('shows a yearless date as partial and marks inferred and approximate dates', () => {
    expect(describeEventDate({ ...base, precision: 'day', partial: { month: 12, day: 7 } }).label).toBe('7 December, year unknown');
    expect(times({ ...base, precision: 'day', partial: { month: 12, day: 7 } })).toEqual(['--12-07']);
    expect(describeEventDate({ ...base, precision: 'month', value: '2015-05', start: '2015-05', end: '2015-05', inferred: true, approximate: true }).qualifiers).toEqual(['year inferred', 'approximate']);
  });
});
