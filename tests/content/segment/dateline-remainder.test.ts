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

describe('datelines in scripts without case', () => {
  it.each([
    '2024年3月12日 14時05分 (最終更新 2024年3月12日 15時10分)',
    '配信日時：2024年3月12日 14時05分',
    '東京新聞 2024年3月12日 14時05分',
  ])('reads a Japanese dateline however many words the segmenter makes of its figures: “%s”', (line) =>
    expect(matchDateline(line, { stopwords: stopwordsFor('ja') })?.date).toEqual(march12),
  );

  it.each([
    ['ja', '市は2024年3月12日、計画を発表した。'],
    ['ja', '2024年3月12日、市は新しい計画を発表した。'],
    ['zh', '市政府于2024年3月12日发布了新的交通计划。'],
    ['he', 'ההחלטה התקבלה ב-12.03.2024 בישיבת המועצה.'],
  ])('does not take a %s sentence that mentions a date for a dateline: “%s”', (lang, line) =>
    expect(matchDateline(line, { stopwords: stopwordsFor(lang) })).toBeNull(),
  );
});
