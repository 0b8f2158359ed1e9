import { describe, expect, it } from 'vitest';
import { isReadingTime } from '@/lib/content/dates/reading-time';
import { matchDateline } from '@/lib/content/segment/header-lines';

describe('isReadingTime', () => {
  it.each(['Tempo di lettura 3 minuti', 'Lesezeit 4 Min.', '3 min read', 'Okuma süresi 3 dakika', 'Время чтения: 5 минут', 'Lestid 2 minutter'])('knows “%s”', (t) =>
    expect(isReadingTime(t)).toBe(true),
  );
  it.each(['il governo approva 3 decreti', 'Serie A 3 punti', 'Tempo di lettura', 'letto da molti lettori 3 volte oggi'])('refuses “%s”', (t) => expect(isReadingTime(t)).toBe(false));
});

describe('a reading time glued after a date', () => {
  it('leaves the line a dateline with its byline', () =>
    expect(matchDateline('Marco Bianchi 12 Marzo 2024 Tempo di lettura 3 minuti')).toEqual({ date: { year: 2024, month: 3, day: 12 }, weekday: false, byline: { author: 'Marco Bianchi', outlet: null } }));
  it('reads “5 December 2026 3 min read”', () => expect(matchDateline('5 December 2026 3 min read')?.date).toEqual({ year: 2026, month: 12, day: 5 }));
  it('still refuses a headline glued after a date', () => expect(matchDateline('12 marzo 2024 il governo approva tre decreti sulla sanità')).toBeNull());
});
