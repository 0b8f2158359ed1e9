import { describe, expect, it } from 'vitest';
import { findDate, findDates } from '@/lib/content/dates/date-find';

const day = { year: 2024, month: 3, day: 12 };

describe('a relative time chrono joins to a date as a range', () => {
  it.each(['Pubblicato 2 ore fa - 12 marzo 2024', 'ieri - 12 marzo 2024', 'vor 3 Tagen - 12. März 2024', 'yesterday - March 12, 2024'])(
    'dates “%s” by the day the page writes, never by the parser’s reference instant',
    (line) => {
      const found = findDates(line);
      expect(found.map((d) => d.parts)).toEqual([day]);
      expect(found[0]!.until).toBeNull();
    },
  );
  it('still reads a span of days written with a dash (“10 - 12 marzo 2024”)', () => {
    const found = findDate('10 - 12 marzo 2024');
    expect(found?.parts).toEqual({ ...day, day: 10 });
    expect(found?.until).toEqual(day);
  });
});
