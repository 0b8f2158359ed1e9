/**
 * The words beside a date that name that date's own weekday in the page's language ("Thứ Năm, 14/03/2024", "Dydd Iau,
 * 14 Mawrth 2024"): two capitalised words, a name's shape, but the calendar's word for the day the date falls on, as
 * Intl (CLDR) writes it. No table of weekdays decides: the date and the runtime's calendar data do, so only the one
 * weekday that date has is read, in the page's language.
 */
import { remembered } from '../bounded-memo';
import type { CalendarParts } from '../dates/partial-date';
import { intlWeekdays } from '../dates/weekday-names';

const folded = (s: string) => s.normalize('NFC').toLocaleLowerCase().replace(/[^\p{L}\p{M}]/gu, '');

/**
 * The weekdays of a language in one length, alone or beside a date, folded; null when the runtime's calendar data does not
 * know the tag ("und"). Remembered by language and form: building an Intl formatter costs more than the rest of the test,
 * and a page's header lines ask again for the same language. Each language keeps four entries at most.
 */
const FOLDED_WEEKDAYS = new Map<string, readonly string[] | null>();
function foldedWeekdays(lang: string, length: 'long' | 'short', beside: boolean): readonly string[] | null {
  // Bounded: language tags come from pages, so a long-running process does not keep every one it met.
  return remembered(FOLDED_WEEKDAYS, 1024, `${lang}\u0001${length}\u0001${beside ? 1 : 0}`, () => {
    try {
      return intlWeekdays(lang, length, beside).map(folded);
    } catch {
      return null;
    }
  });
}

/** True when `words` are the weekday of `date` (long or short form) in one of `languages`; false without a whole date. */
export function namesOwnWeekday(words: string, date: CalendarParts, languages: readonly string[]): boolean {
  if (date.year === null || date.month === null || date.day === null || languages.length === 0) return false;
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  const w = folded(words);
  if (w === '') return false;
  return languages.some((lang) => {
    for (const length of ['long', 'short'] as const) {
      for (const beside of [false, true]) {
        const names = foldedWeekdays(lang, length, beside);
        // A language tag the runtime's calendar data does not know ("und") names no weekday.
        if (names === null) return false;
        if ((names[day] ?? folded('')) === w) return true;
      }
    }
    return false;
  });
}
