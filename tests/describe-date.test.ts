import { describe, expect, it } from 'vitest';
import { dateFact } from '@/lib/content/schema';
import { dateInWords, describeDate, monthName } from '@/lib/describe-date';

const fact = (over: Partial<Parameters<typeof dateFact.parse>[0] & object>) =>
  dateFact.parse({ value: null, precision: 'none', partial: null, source: 'dateline', line: 3, evidence: 'June 21, 2016', ...over });

describe('describeDate', () => {
  it('shows a day-precise date as day, month name and year', () => {
    expect(describeDate(fact({ value: '2016-06-21', precision: 'day' }))).toMatchObject({ label: '21 June 2016', dateTime: '2016-06-21' });
  });

  it('never invents a day for a month-only date', () => {
    const d = describeDate(fact({ value: '2016-06', precision: 'month' }));
    expect(d.label).toBe('June 2016');
    expect(d.dateTime).toBe('2016-06');
  });

  it('shows a year-only date as the year', () => {
    expect(describeDate(fact({ value: '2016', precision: 'year' })).label).toBe('2016');
  });

  it('shows a yearless day and month as "year unknown" with an HTML yearless datetime', () => {
    const d = describeDate(fact({ partial: { month: 4, day: 12 }, source: 'in-text' }));
    expect(d).toMatchObject({ label: '12 April, year unknown', dateTime: '--04-12', sourceNote: 'inferred from the text' });
  });

  it('shows a yearless month alone without a machine value', () => {
    expect(describeDate(fact({ partial: { month: 11, day: null } }))).toMatchObject({ label: 'November, year unknown', dateTime: null });
  });

  it('says "undated" when nothing is known', () => {
    expect(describeDate(fact({ source: 'none', evidence: '' }))).toMatchObject({ label: 'undated', dateTime: null, sourceNote: null });
  });

  it('names the source only when the date is not the text’s own dateline', () => {
    expect(describeDate(fact({ value: '2017-09-18', precision: 'day' })).sourceNote).toBeNull();
    expect(describeDate(fact({ value: '2017-09-18', precision: 'day', source: 'sidecar' })).sourceNote).toBe("date from editor's note");
  });

  it('passes the evidence through for a disclosure', () => {
    expect(describeDate(fact({ value: '2016', precision: 'year', evidence: 'Within 2016' })).evidence).toBe('Within 2016');
  });

  it('says a date in words at its precision for share cards and descriptions, and nothing without a year', () => {
    expect(dateInWords(fact({ value: '2017-09-08', precision: 'day' }))).toBe('8 September 2017');
    expect(dateInWords(fact({ value: '2017-09', precision: 'month' }))).toBe('September 2017');
    expect(dateInWords(fact({ value: '2017', precision: 'year' }))).toBe('2017');
    expect(dateInWords(fact({ partial: { month: 4, day: 12 } }))).toBeNull();
    expect(dateInWords(null)).toBeNull();
  });

  it('refuses a month number outside 1–12', () => {
    expect(() => monthName(13)).toThrow(RangeError);
  });
});
