/**
 * One page's reading of its header lines' dates (header-dates.ts): each line's text is read once, in the page's
 * reading when it is given one. Lines are made up.
 */
import { describe, expect, it, vi } from 'vitest';

const reads = vi.hoisted(() => ({ lines: [] as string[] }));
vi.mock('@/lib/content/dates/date-find', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/content/dates/date-find')>();
  return { ...actual, findDate: (line: string, options?: object) => (reads.lines.push(line), actual.findDate(line, options)) };
});

const { headerDates } = await import('@/lib/content/dates/header-dates');

describe('a page’s header-date reader', () => {
  it('reads where a header line’s date stands', () => {
    expect(headerDates()('Postimees 05.12.2026')).toMatchObject({ parts: { year: 2026, month: 12, day: 5 }, start: 10, end: 20 });
    expect(headerDates()('Harbour Ledger')).toBeNull();
  });

  it('reads each line once, however many finders ask', () => {
    reads.lines.length = 0;
    const dates = headerDates();
    for (let i = 0; i < 3; i++) {
      dates('Fredag 5 december 2026');
      dates('Harbour Ledger');
    }
    expect(reads.lines).toEqual(['Fredag 5 december 2026', 'Harbour Ledger']);
  });

  it('reads in the page’s language where two languages read a month word apart', () => {
    // "listopada" is November in Polish, October in Croatian.
    expect(headerDates({ prefer: ['pl'] })('5 listopada 2026')?.parts.month).toBe(11);
    expect(headerDates({ prefer: ['hr'] })('5 listopada 2026')?.parts.month).toBe(10);
  });
});
