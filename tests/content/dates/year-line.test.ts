import { describe, expect, it } from 'vitest';
import { dateOfDateLine, headerYearLine, yearOfDateLine } from '@/lib/content/dates/year-line';
import { compileArticle } from '../../support/compile-text';

describe('a date line whose month no calendar data names gives its year alone', () => {
  it.each([
    ['Ọjọ́ 14 Oṣù Kejìlá 2026', 2026],
    ['14 Oṣù Kejìlá, ọdún 2026', 2026],
    ['5 12 2026', 2026],
    ['Ọjọ́rú, 14 Oṣù Kẹfà, 2026 | 10:45', 2026],
    ['༡༤ ཟླ་ 2026', 2026],
  ])('reads the year of «%s»', (line, year) => expect(yearOfDateLine(line)).toBe(year));

  it.each([
    ['Budget 2026', 'a year with a word and no day is a name ("Euro 2024")'],
    ['2026', 'a year alone'],
    ['14 2026', 'one small number and no word'],
    ['Ó ṣẹlẹ̀ ní ọjọ́ 14 ní 2026. Wọ́n lọ', 'a sentence'],
    ['COP28 summit 14 2026', 'a figure glued to a name'],
    ['14 Oṣù Kejìlá 2026 ati 2027', 'two years'],
    ['Ìjọba ṣí ọjà tuntun 14 sílẹ̀ ní 2026', 'more than three words'],
    ['14 Oṣù 40 2026', 'a number no day or month can be'],
    ['14 Oṣù Kejìlá 3026', 'a year out of range'],
    ['ህዳር 15/2016', 'an Ethiopian month: its year is no Gregorian one'],
    ['Issue 14, 2026', 'a label over a numbered issue: no word where a month stands'],
    ['Vol. 3 2026', 'a volume'],
    ['Ìwé 14, 2026', 'a label over one number, in any language'],
    ['मंसिर २०, २०८१', 'a Bikram Sambat month: its year is no Gregorian one'],
  ])('reads no year in «%s»: %s', (line) => expect(yearOfDateLine(line)).toBeNull());

  it('refuses a phrase joined by a lower-case function word of the page’s language', () => {
    expect(yearOfDateLine('10 best of 2026', new Set(['of']))).toBeNull();
    expect(yearOfDateLine('10 Best Of 2026', new Set(['of']))).toBe(2026);
  });

  it('looks between the headline and the first paragraph first, then right above the headline, never in the menu above', () => {
    const removed = [
      { line: 1, text: '3 Menu 2025' },
      { line: 4, text: '1 Ìròyìn 2024' },
      { line: 6, text: 'Ọjọ́ 14 Oṣù Kejìlá 2026' },
    ];
    expect(headerYearLine(removed, 5, 7, 'yo')).toEqual({ year: 2026, month: 12, day: 14, line: 6, text: 'Ọjọ́ 14 Oṣù Kejìlá 2026' });
    expect(headerYearLine(removed.slice(0, 2), 5, 7, 'yo')).toEqual({ year: 2024, month: null, day: null, line: 4, text: '1 Ìròyìn 2024' });
    expect(headerYearLine(removed.slice(0, 1), 5, 7, 'yo')).toBeNull();
  });

  it('gives a page with such a line its year, with the line as evidence, and no guessed month', () => {
    const page = [
      'Ìròyìn',
      'Ìjọba ṣí ọjà tuntun sílẹ̀ ní àárín ìlú',
      'Ọjọ́ 14 Oṣù Ìgbà 2026',
      'Ìjọba ìbílẹ̀ ti ṣí ọjà tuntun kan sílẹ̀ ní àárín ìlú, àwọn oníṣòwò sì ti bẹ̀rẹ̀ sí ní tà níbẹ̀.',
      'Àwọn oníṣòwò sọ pé ọjà náà mọ́, ó sì ní òrùlé tí yóò dáàbò bò wọ́n lọ́wọ́ òjò.',
    ].join('\n');
    const date = compileArticle(page)?.datePublished;
    expect(date).toMatchObject({ value: '2026', precision: 'year', partial: null, source: 'dateline', line: 3 });
    expect(date?.evidence).toContain('Ọjọ́ 14 Oṣù Ìgbà 2026');
  });
});

describe('a date line whose month is the word for month and an ordinal gives its day', () => {
  it.each([
    ['Ọjọ́ 14 Oṣù Kejìlá 2026', { year: 2026, month: 12, day: 14 }],
    ['Ọjọ́bọ, 5 oṣù kẹta 2026', { year: 2026, month: 3, day: 5 }],
    ['14 Oṣù Kejì, ọdún 2026', { year: 2026, month: 2, day: 14 }],
    ['5 Oṣù Karùn-ún 2026 | 10:45', { year: 2026, month: 5, day: 5 }],
    ['Oṣù Kẹsàn-án 30, 2026', { year: 2026, month: 9, day: 30 }],
    ['1 Oṣù Kìíní 2026', { year: 2026, month: 1, day: 1 }],
  ])('reads «%s»', (line, parts) => expect(dateOfDateLine(line, new Set(), 'yo')).toEqual(parts));

  it.each([
    ['Ọjọ́ 31 Oṣù Kejì 2026', 'no 31st day in the second month'],
    ['5 12 Oṣù Kẹta 2026', 'two small numbers: which is the day is not said'],
    ['Ọjọ́ 14 Kẹta 2026', 'an ordinal without the word for month is no month'],
  ])('keeps the year alone of «%s»: %s', (line) => expect(dateOfDateLine(line, new Set(), 'yo')).toEqual({ year: 2026, month: null, day: null }));

  it('reads the ordinal whatever the page’s detected language, its own first', () => {
    expect(dateOfDateLine('Ọjọ́ 14 Oṣù Kejìlá 2026')).toEqual({ year: 2026, month: 12, day: 14 });
    expect(headerYearLine([{ line: 3, text: 'Ọjọ́bọ, 5 oṣù kẹta 2026' }], 4, 5, 'und')).toEqual({ year: 2026, month: 3, day: 5, line: 3, text: 'Ọjọ́bọ, 5 oṣù kẹta 2026' });
  });

  it('gives a page with such a line the day, with the line as evidence', () => {
    const page = [
      'Ìròyìn',
      'Ìjọba ṣí ọjà tuntun sílẹ̀ ní àárín ìlú',
      'Ọjọ́ 14 Oṣù Kejìlá 2026',
      'Ìjọba ìbílẹ̀ ti ṣí ọjà tuntun kan sílẹ̀ ní àárín ìlú, àwọn oníṣòwò sì ti bẹ̀rẹ̀ sí ní tà níbẹ̀.',
      'Àwọn oníṣòwò sọ pé ọjà náà mọ́, ó sì ní òrùlé tí yóò dáàbò bò wọ́n lọ́wọ́ òjò.',
    ].join('\n');
    const date = compileArticle(page)?.datePublished;
    expect(date).toMatchObject({ value: '2026-12-14', precision: 'day', source: 'dateline', line: 3 });
    expect(date?.evidence).toContain('ordinal');
  });
});
