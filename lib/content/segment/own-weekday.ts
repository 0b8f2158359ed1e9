/**
 * The words beside a date that name that date's own weekday in the page's language ("Thứ Năm, 14/03/2024", "Dydd Iau,
 * 14 Mawrth 2024"): two capitalised words, a name's shape, but the calendar's word for the day the date falls on, as
 * Intl (CLDR) writes it. No table of weekdays decides: the date and the runtime's calendar data do, so only the one
 * weekday that date has is read, in the page's language.
 */
import type { CalendarParts } from '../dates/partial-date';
import { intlWeekdays } from '../dates/weekday-names';

const folded = (s: string) => s.normalize('NFC').toLocaleLowerCase().replace(/[^\p{L}\p{M}]/gu, '');

/** True when `words` are the weekday of `date` (long or short form) in one of `languages`; false without a whole date. */
export function namesOwnWeekday(words: string, date: CalendarParts, languages: readonly string[]): boolean {
  if (date.year === null || date.month === null || date.day === null || languages.length === 0) return false;
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  const w = folded(words);
  if (w === '') return false;
  return languages.some((lang) => {
    try {
      return (['long', 'short'] as const).some((length) => [false, true].some((beside) => folded(intlWeekdays(lang, length, beside)[day] ?? '') === w));
    } catch {
      // A language tag the runtime's calendar data does not know ("und") names no weekday.
      return false;
    }
  });
}
