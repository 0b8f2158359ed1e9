/** The outlet on a dateline beside the story's date (outlet-dateline.ts). Lines and names are made up. */
import { describe, expect, it } from 'vitest';
import { headerDates } from '@/lib/content/dates/header-dates';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { datelineFind } from '@/lib/content/extract/outlet-dateline';
import { sourceLines } from '../../support/compile-text';

const read = (line: string, menu: string[] = [], language = 'en') => {
  const found = datelineFind(sourceLines(line)[0]!, new Set(menu), nameStopwords(language), headerDates());
  return found && { value: found.value, weight: found.weight };
};

describe('the outlet on a dateline', () => {
  it('reads the name beside the date, apart from it by a bar, not the person after it', () => {
    expect(read('Njuz.net 05.12.2026 | Marko Petrović', [], 'sr')).toEqual({ value: 'Njuz.net', weight: 2 });
    expect(read('Hadiszemle | 2026. 12. 05., 10:15', [], 'hu')).toEqual({ value: 'Hadiszemle', weight: 1 });
  });

  it('reads no section word of the menu, no line without a bar and no line without a year', () => {
    expect(read('3 mars 2019 | Défense', ['défense'], 'fr')).toBeNull();
    expect(read('Harbour Ledger 05.12.2026')).toBeNull();
    expect(read('Harbour Ledger | 5 December')).toBeNull();
  });
});
