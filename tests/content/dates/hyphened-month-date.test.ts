import { describe, expect, it } from 'vitest';
import { findDates } from '@/lib/content/dates/date-find';
import { matchDateline } from '@/lib/content/segment/header-lines';

describe('a month word between a year and a day joined by hyphens', () => {
  it.each([
    ['2026-Decembro-05', { year: 2026, month: 12, day: 5 }],
    ['2023-Maj-04', { year: 2023, month: 5, day: 4 }],
    ['2020-Okt-11', { year: 2020, month: 10, day: 11 }],
    ['2026-Majo-05 je 00:00', { year: 2026, month: 5, day: 5 }],
  ])('reads Esperanto’s «%s» as a dateline', (line, date) => expect(matchDateline(line)?.date).toEqual(date));

  it('needs the day: a year and a month joined by a hyphen name no day', () => {
    expect(findDates('2026-Decembro').filter((d) => d.parts.day !== null)).toEqual([]);
  });
});
