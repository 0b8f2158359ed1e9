import { describe, expect, it } from 'vitest';
import { findDates } from '@/lib/content/dates/date-find';
import { monthWords } from '@/lib/content/dates/month-words';
import { matchDateline } from '@/lib/content/segment/header-lines';

const parts = (text: string, prose = false) => findDates(text, { prose }).map((d) => d.parts);

describe('the abbreviation of the word for month between month and day (month-date.ts)', () => {
  it('reads the day after "mėn." when the year stands first, on a header line', () => {
    expect(parts('Paskelbta: 2026 m. kovo mėn. 14 d. 10:05')).toEqual([{ year: 2026, month: 3, day: 14 }]);
    expect(parts('2026 m. gruodžio mėn. 5 d.')).toEqual([{ year: 2026, month: 12, day: 5 }]);
  });
  it('not in running text, where the words after a month are the sentence’s', () => {
    expect(parts('Planas patvirtintas 2026 m. kovo mėn. 14 d. posėdyje.', true)).toEqual([{ year: 2026, month: 3, day: null }]);
  });
});

describe('the word every month of a language opens with is no month of another read without its marks (month-names.ts)', () => {
  it('Yoruba "oṣù" is not Ewondo\'s January "osú"', () => {
    expect(monthWords('Ọjọ́bọ, 5 oṣù kẹta 2026')).toEqual([]);
    expect(monthWords('Ọjọ́ 14 Oṣù Kejìlá 2026')).toEqual([]);
  });
  it('Ewondo\'s own months are not read at all: it names them by counting ("ngɔn awóm" opens a later month\'s name), so a month word where it stands may be the wrong month (date-languages.ts)', () => {
    expect(parts('5 ngɔn osú 2026').filter((p) => p.month !== null)).toEqual([]);
  });
});

describe('a date beside a colon-labelled field in a script without spaces (header-lines.ts)', () => {
  it('is a dateline: a label, an outlet and a section are three short fields, not a headline', () => {
    expect(matchDateline('( 2026-03-14 ) 稿件来源：江南晚报 要闻')?.date).toEqual({ year: 2026, month: 3, day: 14 });
    expect(matchDateline('2026年3月14日 10:05 来源：城市晚报 要闻')?.date).toEqual({ year: 2026, month: 3, day: 14 });
  });
  it('a headline beside its date stays no dateline, with or without a label before it', () => {
    expect(matchDateline('河湾镇果农今年首次通过网络直播卖出春茶 2026-03-14')).toBeNull();
    expect(matchDateline('快讯：河湾镇果农今年首次通过网络直播卖出春茶 2026-03-14')).toBeNull();
  });
});
