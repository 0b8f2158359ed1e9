import { describe, expect, it } from 'vitest';
import { findDate, findDates } from '@/lib/content/dates/date-find';
import { tibetanDates } from '@/lib/content/dates/tibetan-date';
import { matchDateline } from '@/lib/content/segment/header-lines';

describe('Tibetan and Dzongkha dates: year, the word for month with its number or ordinal, the word for day with its number', () => {
  it.each([
    // As Tibetan news pages write their date lines, in Tibetan digits.
    ['ཕྱི་ལོ་ ༢༠༢༡ ཟླ་ ༣ ཚེས་ ༡༢ རེས་གཟའ་པ་སངས།', { year: 2021, month: 3, day: 12 }],
    ['ཕྱི་ལོ་ ༢༠༢༤ ཟླ་བ་ ༡༢ ཚེས་ ༡༤', { year: 2024, month: 12, day: 14 }],
    // As CLDR writes them: the month's number, or its ordinal ("the twelfth month"), with the genitive glued to it.
    ['2026 ལོའི་ཟླ་༡༢ཚེས་5', { year: 2026, month: 12, day: 5 }],
    ['སྤྱི་ལོ་2026 ཟླ་བ་བཅུ་གཉིས་པའི་ཚེས་5', { year: 2026, month: 12, day: 5 }],
    ['སྤྱི་ལོ་༢༠༢༦ ཟླ་བཅུ་གཉིས་པ་ ཚེས་ ༠༥', { year: 2026, month: 12, day: 5 }],
    ['སྤྱི་ལོ་2019 ཟླ་དངཔ་ ཚེས་ 04', { year: 2019, month: 1, day: 4 }],
    ['2019 ཟླ་བ་དང་པོའི་ཚེས་4, གཟའ་པ་སངས་', { year: 2019, month: 1, day: 4 }],
  ])('reads «%s» as a dateline', (line, date) => expect(matchDateline(line)?.date).toEqual(date));

  it('keeps a day and month written without a year yearless', () => {
    expect(findDate('ཟླ་5ཚེས་25ཉིན།')?.parts).toEqual({ year: null, month: 5, day: 25 });
  });

  it.each([
    ['ཟླ་བ་ ༦ རིང་ཕར་འགྱང་།', 'a span of six months, no day word'],
    ['ཕྱི་ལོ་ ༢༠༢༤ ཟླ་ ༡༣ ཚེས་ ༡༢', 'a month that does not exist'],
    ['ཕྱི་ལོ་ ༢༠༢༤ ཟླ་ ༢ ཚེས་ ༣༠', 'a day the month does not have'],
  ])('reads no date in «%s»: %s', (line) => expect(findDates(line).filter((d) => d.parts.day !== null)).toEqual([]));

  it('leaves text in other scripts to the other readers', () => expect(tibetanDates('2026 12 5')).toEqual([]));
});
