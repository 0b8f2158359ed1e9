import { describe, expect, it } from 'vitest';
import { findDate } from '@/lib/content/dates/date-find';
import { matchDateline } from '@/lib/content/segment/header-lines';

// 2026-03-04 is a Wednesday, 2026-04-03 a Friday; 2020-10-11 a Sunday, 2020-11-11 a Wednesday; 2019-01-04 a Friday.
const march4 = { year: 2026, month: 3, day: 4 };
const april3 = { year: 2026, month: 4, day: 3 };

describe('a weekday beside a date written in figures that either order could read', () => {
  it.each([
    ['Friday 03/04/2026', april3],
    ['Wednesday 03/04/2026', march4],
    ['Fri, 03/04/2026 10:15', april3],
    ['03/04/2026, Friday', april3],
  ])('a US-English page’s “%s” is the day the weekday names', (line, parts) => expect(findDate(line, { monthFirst: true })?.parts).toEqual(parts));

  it.each([
    ['mercredi 03/04/2026', march4],
    ['vendredi 03/04/2026', april3],
  ])('a day-first page’s “%s” is the day the weekday names', (line, parts) => expect(findDate(line)?.parts).toEqual(parts));

  it('keeps the page’s order when the weekday names neither reading', () => {
    expect(findDate('Saturday 03/04/2026', { monthFirst: true })?.parts).toEqual(march4);
    expect(findDate('samedi 03/04/2026')?.parts).toEqual(april3);
  });

  it('never turns a date written with dots, which is day first whatever the weekday', () => expect(findDate('04.03.2026, Friday')?.parts).toEqual(march4));
});

describe('a month word that is also a weekday’s abbreviation', () => {
  // 2021-03-18 is a Thursday; 2021-05-18 a Tuesday ("mar" in Spanish), and Teso's "Mar" is May.
  it.each([[[] as string[]], [['en']]])('reads “Mar 18, 2021” as March whatever the page’s language (%j)', (prefer) => {
    expect(findDate('Mar 18, 2021', { prefer })?.parts).toEqual({ year: 2021, month: 3, day: 18 });
    expect(matchDateline('Mar 18, 2021', { prefer })?.date).toMatchObject({ year: 2021, month: 3, day: 18 });
  });
  it('still takes a weekday abbreviation opening a date whose month is written after it', () => {
    expect(findDate('mar 12 marzo 2024')?.parts).toEqual({ year: 2024, month: 3, day: 12 });
  });
});

describe('a weekday beside a month word two languages read as different months', () => {
  it('reads Croatian “listopada” as October when the Sunday beside it says so', () =>
    expect(findDate('nedjelja, 11. listopada 2020.')?.parts).toEqual({ year: 2020, month: 10, day: 11 }));
  it('reads Polish “listopada” as November beside its Wednesday', () =>
    expect(findDate('środa, 11 listopada 2020')?.parts).toEqual({ year: 2020, month: 11, day: 11 }));
});

describe('a weekday whose language’s names are not otherwise read beside a date', () => {
  it.each([
    ['venerdi le 4 de januario 2019', { year: 2019, month: 1, day: 4 }],
    ['kari, 22.03.2026', { year: 2026, month: 3, day: 22 }],
    ['fiɖa, 27.03.2026', { year: 2026, month: 3, day: 27 }],
  ])('takes the weekday of “%s”, the one its date falls on, into the dateline', (line, parts) => {
    expect(matchDateline(line)?.date).toEqual(parts);
    expect(matchDateline(line)?.weekday).toBe(true);
  });

  it('takes no word that names another day as the date’s weekday', () => expect(findDate('venerdi le 5 de januario 2019')?.weekday).toBe(false));
  it('takes no bare two-letter word as a weekday', () => expect(findDate('on 4 March 2026')?.weekday).toBe(false));
});

describe('a month name with one figure after it', () => {
  it('reads “abril 1” as the first of April with no year, not April 2001', () => expect(findDate('abril 1')?.parts).toEqual({ year: null, month: 4, day: 1 }));
});
