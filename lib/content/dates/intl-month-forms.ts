/**
 * The month forms one locale writes, each month's every form (long and short, alone, with a day, with a year): read
 * from the runtime's calendar data (Intl, Gregorian), or for a language Intl has no dates for from a library's locale
 * (library-months.ts). month-names.ts builds its tables from these. Split from month-names.ts.
 */
import { clean, type DateLanguage } from './date-languages';
import { libraryMonthNames } from './library-months';

/**
 * Whether a month form of two letters is distinctive enough to read: a full month name in a script without case
 * (Hindi "मई", Tamil "மே", Levantine Arabic "آب"), or an abbreviation with a dot inside it (Thai "ม.ค."). A two-letter
 * Latin or Cyrillic form ("Du", "01") is an ordinary word or a number.
 */
const twoLettersRead = (written: string, long: boolean) =>
  (long && written.toLocaleUpperCase() === written.toLocaleLowerCase()) || /[\p{L}\p{M}]\.[\p{L}\p{M}]/u.test(written);


/** `lower`: the long forms the language writes in lower case ("jen", "mars"), which a capitalised word ("Jen") is not written as. */
export type IntlMonth = { all: Set<string>; long: Set<string>; lower: Set<string> };

/** Every form Intl writes for each month (1–12) in one locale, lower case, without dots; `long` are the unabbreviated ones. */
export function intlForms(locale: string, multiWordFirsts: Set<string>): Map<number, IntlMonth> {
  const byMonth = new Map<number, IntlMonth>();
  const styles: Intl.DateTimeFormatOptions[] = [
    { month: 'long' },
    { month: 'long', day: 'numeric' },
    { year: 'numeric', month: 'long', day: 'numeric' },
    { month: 'short' },
    { month: 'short', day: 'numeric' },
  ];
  {
    for (const style of styles) {
      const format = new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC', calendar: 'gregory' });
      for (let m = 1; m <= 12; m++) {
        const parts = format.formatToParts(new Date(Date.UTC(2001, m - 1, 15)));
        for (const [i, part] of parts.entries()) {
          // A case ending CLDR writes as a literal glued to the month (Basque "martxoa" + "ren 12") is part of the word in text.
          const glued = /^[\p{L}\p{M}]+/u.exec(parts[i + 1]?.type === 'literal' ? parts[i + 1]!.value : '')?.[0] ?? '';
          // A preposition CLDR writes as a literal ending right on the month is glued to it in text too (Hebrew "12 במרץ").
          const prefix = /[\p{L}\p{M}]+$/u.exec(parts[i - 1]?.type === 'literal' ? parts[i - 1]!.value : '')?.[0] ?? '';
          if (part.type !== 'month') continue;
          const entry = byMonth.get(m) ?? { all: new Set<string>(), long: new Set<string>(), lower: new Set<string>() };
          for (const name of new Set([clean(part.value + glued), clean(prefix + part.value + glued)])) {
            if (name.length < 2 || (name.length === 2 && !twoLettersRead(part.value, style.month === 'long'))) continue;
            const words = part.value.trim().split(/\s+/u);
            if (words.length > 1) multiWordFirsts.add(clean(words[0]!));
            entry.all.add(name);
            // A month CLDR writes after a word every month shares ("Oṣù Ẹrẹ̀nà", "dhen Mhàrt": "month", "of the") is written
            // without it too ("12 Ẹrẹ̀nà 2024"): the last word alone is a form, unless another month's ends the same (owners).
            const last = words.length > 1 ? clean(words.at(-1)!) : '';
            if (last.length >= 3) entry.all.add(last);
            // The prefixed form is no form of the month's own stem: it never widens the stem (commonPrefix).
            if (style.month === 'long' && (prefix === '' || name === clean(part.value + glued))) entry.long.add(name);
            if (style.month === 'long' && part.value === part.value.toLocaleLowerCase()) entry.lower.add(name);
          }
          if (entry.all.size > 0) byMonth.set(m, entry);
        }
      }
    }
  }
  return byMonth;
}

/** The forms of a language whose months Intl lacks, from a library (library-months.ts), shaped as intlForms gives them; null for another language. */
export function libraryForms(lang: DateLanguage): Map<number, IntlMonth> | null {
  const names = libraryMonthNames(lang);
  if (!names) return null;
  const byMonth = new Map<number, IntlMonth>();
  for (let m = 1; m <= 12; m++) {
    const [long, short] = [names.long[m - 1]!, names.short[m - 1]!];
    const read = (written: string, isLong: boolean) => (clean(written).length > 2 || twoLettersRead(written, isLong) ? [clean(written)] : []);
    const lower = long === long.toLocaleLowerCase() ? read(long, true) : [];
    byMonth.set(m, { all: new Set([...read(long, true), ...read(short, false)]), long: new Set(read(long, true)), lower: new Set(lower) });
  }
  return byMonth;
}
