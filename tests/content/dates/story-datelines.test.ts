/** The datelines a story's own lines set (story-datelines.ts): an agency header opening the first paragraph, a calendar leaf's day. */
import { describe, expect, it } from 'vitest';
import { findOpeningDateline, withDayAbove } from '@/lib/content/dates/story-datelines';

describe('a dateline opening the first paragraph', () => {
  const para = (text: string, line = 3) => ({ kind: 'paragraph' as const, text, line });
  it.each([
    ['ROMA, 12 marzo 2024 – Il governo ha approvato il piano.', { year: 2024, month: 3, day: 12 }],
    ['LONDON, March 12, 2024 — The council met on Monday.', { year: 2024, month: 3, day: 12 }],
    ['BEOGRAD, 12. marta 2024. (Tanjug) - Radovi počinju sutra.', { year: 2024, month: 3, day: 12 }],
    ['São Paulo, 5 de abril de 2023 - A prefeitura anunciou a linha.', { year: 2023, month: 4, day: 5 }],
    ['12.03.2024 – The ministry said the drills had ended.', { year: 2024, month: 3, day: 12 }],
  ])('reads “%s”', (text, date) => expect(findOpeningDateline([para(text)])?.date).toEqual(date));

  it.each([
    'The council said on 12 March 2024 - after a long debate - that it agreed.',
    'Il governo, riunito il 12 marzo 2024 – come previsto – ha approvato il piano.',
    'ROMA, 12 marzo 2024 il governo ha approvato il piano.',
    'The plan. On 12 March 2024 – the vote.',
  ])('reads no dateline in a sentence: “%s”', (text) => expect(findOpeningDateline([para(text)])).toBeNull());

  it('reads only the first paragraph', () =>
    expect(findOpeningDateline([para('The council met.'), para('ROMA, 12 marzo 2024 – Il governo ha approvato il piano.', 4)])).toBeNull());
});

describe('a day set alone over a month-and-year dateline (a calendar leaf)', () => {
  const dateline = { date: { year: 2024, month: 3, day: null }, line: 4 };
  const removed = (text: string, line = 3) => [{ line, text, reason: 'navigation' as const }];

  it('gives the dateline the day on the line straight above it, in any script’s digits', () => {
    expect(withDayAbove(dateline, removed('14'))?.date).toEqual({ year: 2024, month: 3, day: 14 });
    expect(withDayAbove(dateline, removed('١٤'))?.date).toEqual({ year: 2024, month: 3, day: 14 });
  });

  it('keeps the month when no day stands straight above, the figure is no day, or the dateline has its day', () => {
    expect(withDayAbove(dateline, removed('14', 2))).toBeNull();
    expect(withDayAbove(dateline, removed('32'))).toBeNull();
    expect(withDayAbove(dateline, removed('14 comments'))).toBeNull();
    expect(withDayAbove({ ...dateline, date: { year: 2024, month: 3, day: 2 } }, removed('14'))).toBeNull();
    expect(withDayAbove({ ...dateline, date: { year: null, month: 3, day: null } }, removed('14'))).toBeNull();
  });
});
