import { describe, expect, it } from 'vitest';
import { findDates } from '@/lib/content/dates/date-find';

describe('day, month and year written with spaced dots, then a time', () => {
  it('reads "12. 3. 2024. 10.15" as 12 March 2024, not the time as a month and day', () => {
    expect(findDates('12. 3. 2024. 10.15').map((d) => d.parts)).toEqual([{ year: 2024, month: 3, day: 12 }]);
  });

  it('still reads a year-first date spaced throughout', () => {
    expect(findDates('2019. 03. 04.').map((d) => d.parts)).toEqual([{ year: 2019, month: 3, day: 4 }]);
  });
});
