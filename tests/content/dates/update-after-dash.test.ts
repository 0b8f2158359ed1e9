import { describe, expect, it } from 'vitest';
import { matchDateline } from '@/lib/content/segment/header-lines';

describe('a date line with an update after a spaced dash', () => {
  it.each([
    ['Pubblicato il 12/03/2024 – Ultimo aggiornamento 14:10', { year: 2024, month: 3, day: 12 }],
    ['Published March 12, 2024 - Last updated 2 hours ago', { year: 2024, month: 3, day: 12 }],
    ['12.03.2024 – updated 13:05 local time', { year: 2024, month: 3, day: 12 }],
    ['12.03.2024 – aktualizováno 13:05 hodin', { year: 2024, month: 3, day: 12 }],
  ])('reads “%s” as a dateline of its first date', (line, date) => expect(matchDateline(line)?.date).toEqual(date));

  it.each([
    // After the dash a sentence, not a short field: the line is the story's.
    '12 марта 2024 — В Москве прошёл большой митинг сторонников партии',
    // No field is a date.
    'Inter – Roma 2-1',
  ])('reads no dateline in “%s”', (line) => expect(matchDateline(line)).toBeNull());
});
