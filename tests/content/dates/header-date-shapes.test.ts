import { describe, expect, it } from 'vitest';
import { findDate, findDates } from '@/lib/content/dates/date-find';
import { isWeekdayName } from '@/lib/content/dates/weekday-names';
import { matchDateline } from '@/lib/content/segment/header-lines';

describe('a numeric date with a two-figure year', () => {
  it.each([
    ['12.03.21', { year: 2021, month: 3, day: 12 }],
    ['12/03/24', { year: 2024, month: 3, day: 12 }],
    ['Objavljeno: 12.03.24. u 14:05', { year: 2024, month: 3, day: 12 }],
    ['12-03-24', { year: 2024, month: 3, day: 12 }],
    ['5.7.98', { year: 1998, month: 7, day: 5 }],
  ])('reads “%s” on a header line', (line, parts) => expect(findDate(line)?.parts).toEqual(parts));
  it('reads it month first on a US-English page', () => expect(findDate('03/12/24', { monthFirst: true })?.parts).toEqual({ year: 2024, month: 3, day: 12 }));
  it.each(['Score 3-1-21', '1.2.21.5', '12:03.21', '12.03.215', '13.13.21'])('reads no date in “%s”', (line) => expect(findDate(line)).toBeNull());
  it('never reads one in running text', () => expect(findDates('The vote ended 12.03.21 after a long night.', { prose: true })).toEqual([]));
  it('prefers the four-figure year when there is one', () => expect(findDate('12.03.2021')?.parts).toEqual({ year: 2021, month: 3, day: 12 }));
});

describe('a weekday written before a date', () => {
  it.each(['ΤΡΙΤΗ 12 ΜΑΡΤΙΟΥ 2024', 'utorak, 12. mart 2024.', 'kedd, 12.03.2024', 'Di., 12.03.2024'])('is part of the date in “%s”', (line) => {
    const d = findDate(line)!;
    expect(d.start).toBe(0);
    expect(d.weekday).toBe(true);
  });
  it.each([
    ['Dnes 12. března 2024', 5],
    ['talking to the paper on 12.03.2024', 24],
  ])('is not a weekday in “%s”', (line, start) => {
    expect(findDate(line)?.start).toBe(start);
    expect(findDate(line)?.weekday).toBe(false);
  });
  it('is not read into running text', () => expect(findDates('utorak, 12. mart 2024.', { prose: true })[0]?.weekday).toBe(false));
});

describe('weekday names in capitals without their accents', () => {
  it.each(['ΤΡΙΤΗ', 'SALI', 'PAZARTESİ', 'MARTEDI', 'Τρίτη', 'salı'])('knows “%s”', (w) => expect(isWeekdayName(w)).toBe(true));
  it.each(['τριτη', 'sali', 'martedi'])('does not know “%s” in lower case without its accent', (w) => expect(isWeekdayName(w)).toBe(false));
});

describe('a header field with figures beside the date', () => {
  it.each(['12 marzo 2024 | Tempo di lettura 3 min', '12 marzo 2024 | Tempo di lettura: 3 minuti', '12 March 2024 | 4 min read'])('reads “%s” as a dateline', (line) =>
    expect(matchDateline(line)?.date).toEqual({ year: 2024, month: 3, day: 12 }),
  );
  it('still reads a field of running words as no header', () => expect(matchDateline('12 marzo 2024 | Il sindaco ha parlato ai cittadini della piazza')).toBeNull());
});
