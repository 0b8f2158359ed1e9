import { describe, expect, it } from 'vitest';
import { CLDR_THREE_LETTER_LANGUAGES, isDateLanguage } from '@/lib/content/dates/date-languages';
import { findDates } from '@/lib/content/dates/date-find';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const clean = (s: string) => s.normalize('NFC').toLocaleLowerCase().replace(/[^\p{L}\p{M}]/gu, '');

/** The runtime's own answer: every three-letter tag it names and formats dates in with twelve different month words. */
function runtimeThreeLetterLanguages(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const tags = [...LETTERS].flatMap((a) => [...LETTERS].flatMap((b) => [...LETTERS].map((c) => a + b + c))).filter((t) => names.of(t) !== undefined);
  return Intl.DateTimeFormat.supportedLocalesOf(tags)
    .filter((t) => /^[a-z]{3}$/u.test(t))
    .filter((t) => {
      const f = new Intl.DateTimeFormat(t, { month: 'long', timeZone: 'UTC', calendar: 'gregory' });
      const months = Array.from({ length: 12 }, (_, m) => clean(f.formatToParts(new Date(Date.UTC(2001, m, 15))).filter((p) => p.type === 'month').map((p) => p.value).join('')));
      return months.every((n) => n !== '') && new Set(months).size === 12;
    });
}

const dayOf = (text: string) => findDates(text).map((d) => d.parts);

describe('three-letter CLDR languages (date-languages.ts)', () => {
  it('lists exactly the three-letter languages the runtime writes twelve month words for', () => {
    expect([...CLDR_THREE_LETTER_LANGUAGES].sort()).toEqual(runtimeThreeLetterLanguages().sort());
  });

  it('reads their months: Kabyle, Hawaiian, Yakut (a month of two words, year first)', () => {
    expect(isDateLanguage('kab')).toBe(true);
    expect(dayOf('14 Meɣres 2026, 10:05')).toEqual([{ year: 2026, month: 3, day: 14 }]);
    expect(dayOf('Pōʻaono, 14 Malaki 2026')).toEqual([{ year: 2026, month: 3, day: 14 }]);
    expect(dayOf('2026, кулун тутар 14, 10:05')).toEqual([{ year: 2026, month: 3, day: 14 }]);
  });

  it('leaves out a three-letter language whose months are another date language’s word for word', () => {
    // Najdi Arabic writes Arabic's months, Filipino Tagalog's; Swiss German spells its own ("Auguscht") and is read.
    for (const tag of ['ars', 'fil']) expect(isDateLanguage(tag), tag).toBe(false);
    expect(isDateLanguage('gsw')).toBe(true);
  });

  it('leaves out a language that names its months by counting, where one month’s name opens another’s', () => {
    // Bena: "pa mwedzi gwa kumi" (October) opens "pa mwedzi gwa kumi na moja" (November); Nheengatu and Makonde likewise.
    for (const tag of ['bez', 'yrl', 'kde']) expect(isDateLanguage(tag), tag).toBe(false);
    // Every three-letter language read has twelve month names none of which opens another, word by word.
    for (const tag of CLDR_THREE_LETTER_LANGUAGES.filter(isDateLanguage)) {
      const f = new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC', calendar: 'gregory' });
      const names = Array.from({ length: 12 }, (_, m) => f.format(new Date(Date.UTC(2001, m, 15))).toLocaleLowerCase().split(/[\s\-‐]+/u));
      for (const a of names) for (const b of names) expect(a.length < b.length && a.every((w, i) => w === b[i]), `${tag}: ${a.join(' ')} / ${b.join(' ')}`).toBe(false);
    }
    expect(isDateLanguage('kab')).toBe(true);
  });
});
