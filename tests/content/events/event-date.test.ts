import { describe, expect, it } from 'vitest';
import { resolveDate } from '@/lib/content/events/event-date';
import type { DateHit } from '@/lib/content/events/raw-date';
import type { DateFact } from '@/lib/content/schema';

const published = (value: string | null): DateFact => ({
  value, precision: value === null ? 'none' : value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year',
  partial: null, source: value === null ? 'none' : 'dateline', line: null, evidence: '',
});
const point = (text: string, year: number | null, month: number | null, day: number | null = null): DateHit => ({ index: 0, text, date: { kind: 'point', point: { year, month, day } } });
const relative = (text: string, r: Extract<DateHit['date'], { kind: 'relative' }>['relative']): DateHit => ({ index: 0, text, date: { kind: 'relative', relative: r } });

describe('resolveDate', () => {
  it('keeps a stated date at its precision, not inferred', () => {
    const d = resolveDate(point('April 2009', 2009, 4), published('2015-12'))!;
    expect(d).toMatchObject({ value: '2009-04', precision: 'month', inferred: false, approximate: false });
  });

  it('takes a missing year from the publication date, with the reasoning', () => {
    const d = resolveDate(point('in May', null, 5), published('2015-12'))!;
    expect(d).toMatchObject({ value: '2015-05', precision: 'month', inferred: true });
    expect(d.reasoning).toContain('2015');
  });

  it('puts a month after the publication month in the year before', () => {
    expect(resolveDate(point('in November', null, 11), published('2016-06-21'))!.value).toBe('2015-11');
    expect(resolveDate(point('on 22 June', null, 6, 22), published('2016-06-21'))!.value).toBe('2015-06-22');
    expect(resolveDate(point('on 21 June', null, 6, 21), published('2016-06-21'))!.value).toBe('2016-06-21');
  });

  it('leaves a yearless date partial in an undated story', () => {
    const d = resolveDate(point('on 7 December', null, 12, 7), published(null))!;
    expect(d).toMatchObject({ value: null, partial: { month: 12, day: 7 }, inferred: false });
  });

  it('resolves relative expressions only against a known date, as approximate', () => {
    expect(resolveDate(relative('last week', { unit: 'week', back: 1 }), published(null))).toBeNull();
    const week = resolveDate(relative('last week', { unit: 'week', back: 1 }), published('2019-03-06'))!; // a Wednesday
    expect(week).toMatchObject({ precision: 'range', start: '2019-02-25', end: '2019-03-03', approximate: true });
    expect(resolveDate(relative('last year', { unit: 'year', back: 1 }), published('2019-03-06'))).toMatchObject({ value: '2018', precision: 'year', approximate: true });
    expect(resolveDate(relative('two months ago', { unit: 'month', back: 2 }), published('2019-03-06'))).toMatchObject({ value: '2019-01', precision: 'month' });
    expect(resolveDate(relative('recently', { unit: 'recent' }), published('2019'))).toMatchObject({ value: '2019', precision: 'year' });
  });

  it('does not make a relative date more precise than the publication date', () => {
    const d = resolveDate(relative('last week', { unit: 'week', back: 1 }), published('2019-03'))!;
    expect(d.start).toBe('2019-02');
    expect(d.end).toBe('2019-03');
  });

  it('reads a winter across the new year and a decade as a span', () => {
    expect(resolveDate({ index: 0, text: 'winter of 2009', date: { kind: 'season', season: 'winter', year: 2009 } }, published(null))).toMatchObject({
      value: '2009', precision: 'season', start: '2009-12', end: '2010-02',
    });
    expect(resolveDate({ index: 0, text: 'the late 1990s', date: { kind: 'decade', from: 1997, to: 1999 } }, published(null))).toMatchObject({
      value: null, precision: 'decade', start: '1997', end: '1999',
    });
  });
});
