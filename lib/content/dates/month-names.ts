/**
 * Month names per language, read from the runtime's own calendar data (Intl)
 * rather than typed by hand: the nominative ("март"), the form used with a day
 * ("4 марта", "4. März") and the short forms ("мар.", "Mar"). They decide which
 * date parsers a line is worth running through, and they feed the two small
 * parsers for languages chrono lacks (Belarusian, Polish).
 */

/** Languages whose month names are known here: chrono's locales plus those parsed by hand (be, pl, lt). */
export const DATE_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'id', 'ru', 'uk', 'be', 'pl', 'lt'] as const;
export type DateLanguage = (typeof DATE_LANGUAGES)[number];

const clean = (s: string) => s.toLowerCase().replace(/[^\p{L}]/gu, '');

/** Every written form of each month (1–12) in one language, lower case, without dots. */
function monthForms(lang: DateLanguage): Map<string, number> {
  const forms = new Map<string, number>();
  const styles: Intl.DateTimeFormatOptions[] = [
    { month: 'long' },
    { month: 'short' },
    { month: 'long', day: 'numeric' },
    { month: 'short', day: 'numeric' },
  ];
  for (const style of styles) {
    const format = new Intl.DateTimeFormat(lang, { ...style, timeZone: 'UTC' });
    for (let m = 1; m <= 12; m++) {
      for (const part of format.formatToParts(new Date(Date.UTC(2001, m - 1, 15)))) {
        const name = clean(part.value);
        if (part.type === 'month' && name.length >= 3) forms.set(name, m);
      }
    }
  }
  if (lang === 'en') forms.set('sept', 9); // a common English abbreviation Intl does not produce
  return forms;
}

const BY_LANGUAGE = new Map<DateLanguage, Map<string, number>>(DATE_LANGUAGES.map((l) => [l, monthForms(l)]));

/** Which languages each month word belongs to ("mars" → fr, "march" → en). */
const LANGUAGES_OF = new Map<string, DateLanguage[]>();
for (const [lang, forms] of BY_LANGUAGE) for (const name of forms.keys()) LANGUAGES_OF.set(name, [...(LANGUAGES_OF.get(name) ?? []), lang]);

/** The month number of a written month name in a language, or null. */
export function monthIn(lang: DateLanguage, word: string): number | null {
  return BY_LANGUAGE.get(lang)?.get(clean(word)) ?? null;
}

/** The languages whose month names occur in the text next to a number, in order of first occurrence. */
export function languagesWithMonthNames(text: string): DateLanguage[] {
  const found: DateLanguage[] = [];
  for (const m of text.matchAll(/\p{L}{3,}/gu)) {
    const langs = LANGUAGES_OF.get(m[0].toLowerCase());
    if (!langs) continue;
    // A month name makes a date only with a number near it ("4 марта", "March 2019", "kovo 12 d.").
    const at = m.index ?? 0;
    if (!/\d/.test(text.slice(Math.max(0, at - 12), at + m[0].length + 12))) continue;
    for (const lang of langs) if (!found.includes(lang)) found.push(lang);
  }
  return found;
}

/** Regex source for every month form of a language, longest first so "marca" wins over "mar". */
export function monthPattern(lang: DateLanguage): string {
  return [...(BY_LANGUAGE.get(lang)?.keys() ?? [])].sort((a, b) => b.length - a.length).join('|');
}

/** Regex source for every month form of every language (for phrases such as "said on 12 April"). */
export const ANY_MONTH_PATTERN = [...LANGUAGES_OF.keys()].sort((a, b) => b.length - a.length).join('|');

/** The month number of a month word in any language (the first language that knows it). */
export function monthOfAnyLanguage(word: string): number | null {
  const lang = LANGUAGES_OF.get(clean(word))?.[0];
  return lang ? monthIn(lang, word) : null;
}
