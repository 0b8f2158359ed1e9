import { describe, expect, it } from 'vitest';
import { matchDateline } from '@/lib/content/segment/header-lines';
import { stopwordsFor } from '@/lib/content/segment/line-evidence';

const march12 = { year: 2024, month: 3, day: 12 };

describe('what may stand beside a date in a dateline', () => {
  it.each([
    ['sr', '12. mart 2024. godine'],
    ['sr', 'Уторак 12. март 2024. године'],
    ['sr', 'Objavljeno 12. marta 2024. u 14.05 časova'],
    ['ru', '12 марта 2024 года, 14:05'],
    ['uk', '12 березня 2024 року'],
    ['cs', '12. 3. 2024 14:05, aktualizováno 15:10'],
    ['it', 'Aggiornato alle 14:05 del 12 marzo 2024'],
  ])('takes the unit word after the date, or a short joining word, as part of a %s dateline: “%s”', (lang, line) =>
    expect(matchDateline(line, { stopwords: stopwordsFor(lang) })?.date).toEqual(march12),
  );

  it.each([
    ['sr', 'Rat je počeo 24. februara 2022. godine.'],
    ['sr', '12. mart 2024. godine, rekao je ministar'],
    ['it', 'Il sindaco ha detto il 12 marzo 2024'],
    ['en', 'The mayor said on 12 March 2024'],
    ['en', '12 March 2024 marked the opening of the new bridge'],
  ])('does not take a %s sentence about a date for a dateline: “%s”', (lang, line) => expect(matchDateline(line, { stopwords: stopwordsFor(lang) })).toBeNull());
});
