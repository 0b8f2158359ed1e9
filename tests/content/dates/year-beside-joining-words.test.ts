import { describe, expect, it } from 'vitest';
import { findDate } from '@/lib/content/dates/date-find';
import { matchDateline } from '@/lib/content/segment/header-lines';

describe('a header line’s year parted from its day and month by short words', () => {
  it.each([
    ['dzove 4 lia 2019', { year: 2019, month: 1, day: 4 }],
    ['dzv 4 lia, 2019', { year: 2019, month: 1, day: 4 }],
    ['ማርች 4 ቀን 2026', { year: 2026, month: 3, day: 4 }],
    ['2022 d’abril 25', { year: 2022, month: 4, day: 25 }],
    ['2019 د جنوري 4', { year: 2019, month: 1, day: 4 }],
    ['4 de ghennàrgiu de su 2019', { year: 2019, month: 1, day: 4 }],
    ['2019, кӑр., 4', { year: 2019, month: 1, day: 4 }],
    ['2026-жылдын 4-марты', { year: 2026, month: 3, day: 4 }],
  ])('reads “%s” as a full date', (line, parts) => expect(matchDateline(line)?.date).toEqual(parts));

  it('reads no year across a joining word in running text', () => {
    expect(findDate('dzove 4 lia 2019', { prose: true })?.parts.year ?? null).toBeNull();
    expect(findDate('4 de ghennàrgiu de su 2019', { prose: true })?.parts.year ?? null).toBeNull();
  });

  it('reads no year across a word longer than a joining word', () => expect(findDate('March 4 because 2026')?.parts.year ?? null).toBeNull());
});
