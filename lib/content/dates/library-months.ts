/**
 * Month names of languages whose calendar data the runtime lacks (Intl formats no date in them), from date-fns's
 * locales, a maintained library's: Haitian Creole ("14 jen 2026" is 14 June, "5 out 2026" 5 August, "jiyè" July),
 * whose words other languages' abbreviations share ("jen" is Igbo's January, "out" Portuguese's October). Only the
 * languages Intl lacks are taken here: a language CLDR names keeps CLDR's months (month-names.ts), and a test checks
 * that every date-fns locale of a language Intl lacks is listed. The forms are given as Intl's are: the full names
 * (`long`) and the abbreviations, without their dots.
 */
import type { Locale, Month } from 'date-fns';
import { ht } from 'date-fns/locale/ht';

/** date-fns locales of languages the runtime formats no date in, by BCP 47 primary tag. */
export const LIBRARY_LOCALES: Readonly<Record<string, Locale>> = { ht };

/** The languages whose months are read from date-fns here: those of LIBRARY_LOCALES that Intl does not format. */
export const libraryMonthLanguages = (): string[] => Object.keys(LIBRARY_LOCALES).filter((l) => Intl.DateTimeFormat.supportedLocalesOf([l]).length === 0);

const MONTHS: readonly Month[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/** Each month's (January first) full name and abbreviation in a library language, as written (case and marks kept); null for another language. */
export function libraryMonthNames(lang: string): { long: string[]; short: string[] } | null {
  const locale = libraryMonthLanguages().includes(lang) ? LIBRARY_LOCALES[lang] : undefined;
  const localize = locale?.localize;
  if (!localize) return null;
  const names = (width: 'wide' | 'abbreviated') => MONTHS.map((m) => localize.month(m, { width }));
  return { long: names('wide'), short: names('abbreviated') };
}
