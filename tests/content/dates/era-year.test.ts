import { describe, expect, it } from 'vitest';
import { findDate } from '@/lib/content/dates/date-find';
import { eraYear } from '@/lib/content/dates/era-year';

describe('era years (Japanese imperial eras, the Republic of China calendar)', () => {
  // Expected years worked out by hand: Reiwa began in 2019 (its year 1), Heisei in 1989, Shōwa in 1926, Minguo in 1912.
  it.each([
    ['令和', '6', 2024],
    ['令和', '元', 2019],
    ['平成', '31', 2019],
    ['平成', '元', 1989],
    ['昭和', '64', 1989],
    ['民國', '113', 2024],
  ])('reads %s%s年 as %i', (era, n, year) => expect(eraYear(era, n)).toBe(year));

  it('knows no era it was not given', () => expect(eraYear('天平', '3')).toBeNull());

  it.each([
    ['令和6年3月12日', { year: 2024, month: 3, day: 12 }],
    ['令和6年3月12日 14時05分', { year: 2024, month: 3, day: 12 }],
    ['令和元年5月1日（水）', { year: 2019, month: 5, day: 1 }],
    ['民國113年3月12日', { year: 2024, month: 3, day: 12 }],
    ['令和6年3月', { year: 2024, month: 3, day: null }],
  ])('finds the date in “%s” at the precision written', (line, parts) => expect(findDate(line)?.parts).toEqual(parts));

  it('keeps a date without an era or year yearless', () => expect(findDate('3月12日')?.parts).toEqual({ year: null, month: 3, day: 12 }));
});
