/**
 * Weekday names in every language the date subsystem reads (DATE_LANGUAGES), long and short,
 * from the runtime's own calendar data (Intl), lower-cased: "kedd", "hétfő", "marți", "salı".
 * A dateline may carry its weekday in lower case ("2024. március 12. 14:03, kedd | Belföld"),
 * which is not running text beside the date. Built once, on first use.
 */
import { DATE_LANGUAGES } from './month-names';

let names: ReadonlySet<string> | null = null;

function build(): ReadonlySet<string> {
  const out = new Set<string>();
  // 1–7 January 2024 run Monday to Sunday; noon UTC keeps every zone on the same day.
  const days = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i, 12)));
  for (const lang of DATE_LANGUAGES) {
    for (const weekday of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(lang, { weekday, timeZone: 'UTC' });
      for (const d of days) out.add(format.format(d).toLocaleLowerCase(lang).replace(/\.$/u, ''));
    }
  }
  return out;
}

/** Whether a word (any case, a trailing dot allowed) is a weekday's name or abbreviation in one of the date languages. */
export function isWeekdayName(word: string): boolean {
  names ??= build();
  return names.has(word.toLowerCase().replace(/\.$/u, ''));
}
