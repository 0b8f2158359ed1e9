import { describe, expect, it } from 'vitest';
import { findDates } from '@/lib/content/events/find-dates';

const texts = (sentence: string) => findDates(sentence).map((h) => h.text);
const kinds = (sentence: string) => findDates(sentence).map((h) => h.date.kind);

describe('findDates', () => {
  it('reads day-month, month-day and month-year dates with chrono-node', () => {
    expect(findDates('The deal was signed on 3 March 2011 in Minsk.')[0]?.date).toEqual({ kind: 'point', point: { year: 2011, month: 3, day: 3 } });
    expect(findDates('He spoke on Oct 9 at the forum.')[0]?.date).toEqual({ kind: 'point', point: { year: null, month: 10, day: 9 } });
    expect(findDates('Trials resumed in August 2019.')[0]?.date).toEqual({ kind: 'point', point: { year: 2019, month: 8, day: null } });
  });

  it('reads a month range with the year written once', () => {
    expect(findDates('Talks went on in May-June of 2012.')[0]?.date).toEqual({
      kind: 'range', from: { year: 2012, month: 5, day: null }, to: { year: 2012, month: 6, day: null },
    });
  });

  it('reads seasons, decades, halves and year ranges that chrono lacks', () => {
    expect(findDates('In the spring of 2010 the tests began.')[0]?.date).toEqual({ kind: 'season', season: 'spring', year: 2010 });
    expect(findDates('During the mid-1990s the plant idled.')[0]?.date).toEqual({ kind: 'decade', from: 1993, to: 1996 });
    expect(findDates('In the 1980s it was built.')[0]?.date).toEqual({ kind: 'decade', from: 1980, to: 1989 });
    expect(findDates('In the second half of 2008 exports grew.')[0]?.date).toEqual({
      kind: 'range', from: { year: 2008, month: 7, day: null }, to: { year: 2008, month: 12, day: null },
    });
    expect(findDates('It was planned for 2011–13 at first.')[0]?.date).toEqual({
      kind: 'range', from: { year: 2011, month: null, day: null }, to: { year: 2013, month: null, day: null },
    });
  });

  it('reads a bare year only in a date context', () => {
    expect(texts('Since 2007 the two sides have met yearly.')).toEqual(['2007']);
    expect(texts('The firm employs 2014 people.')).toEqual([]);
    expect(texts('Output rose by 40% compared with 2013.')).toEqual([]);
  });

  it('never reads model numbers, quantities or amounts as dates', () => {
    for (const sentence of [
      'The army received 120 KrAZ-6322 trucks.',
      'Two S-400 battalions and an Su-2019 mock-up were shown.',
      'The Vostok-2018 drill and the T-1990 tank were mentioned.',
      'Sales reached $2015m and 1999 units in total.',
      'The chassis is a 8x8 MZKT-7930.',
    ]) {
      expect(findDates(sentence), sentence).toEqual([]);
    }
  });

  it('finds relative expressions but reads no clock time or weekday as a date', () => {
    expect(kinds('Two years ago the factory was sold.')).toEqual(['relative']);
    expect(kinds('Last month the minister resigned.')).toEqual(['relative']);
    expect(texts('They met at 5 on Tuesday.')).toEqual([]);
  });

  it('does not count from an undated event', () => {
    expect(texts('Six months after those events, he left.')).toEqual([]);
    expect(texts('Almost two years into the war, exports continue.')).toEqual([]);
  });

  it('reads a story in another language by the month names it uses', () => {
    expect(findDates('Завод открыли 5 мая 2014 года.')[0]?.date).toEqual({ kind: 'point', point: { year: 2014, month: 5, day: 5 } });
    expect(findDates('Die Übung begann am 12. März 2016.')[0]?.date).toEqual({ kind: 'point', point: { year: 2016, month: 3, day: 12 } });
  });
});
