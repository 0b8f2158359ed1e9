import { describe, expect, it } from 'vitest';
import { findDates } from '@/lib/content/dates/date-find';
import { matchDateline } from '@/lib/content/segment/header-lines';

const day = { year: 2024, month: 3, day: 12 };

describe('a weekday abbreviation that is also a month’s, before a full date', () => {
  it.each(['mar 12 marzo 2024', 'mar. 12 mars 2024', 'Mar 12 March 2024'])('reads “%s” as the day, month and year after it', (line) =>
    expect(findDates(line).map((d) => d.parts)).toEqual([day]),
  );
  it('reads the dateline with its year', () => expect(matchDateline('mar 12 marzo 2024')?.date).toEqual(day));
});
