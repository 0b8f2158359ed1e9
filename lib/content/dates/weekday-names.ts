/**
 * Weekday names per language, read from the runtime's calendar data (Intl), like the month names: a weekday before
 * or after a date widens a dateline ("subota, 6. prosinca 2026"), and a line that is nothing but a weekday and a date
 * is furniture, not a headline or an outlet. Split from month-names.ts.
 */
import { stopwordLanguages } from '../extract/stopwords';
import { clean, inCapitals, INTL_LOCALE, languages, memo, monthLocalesOf, unaccented } from './date-languages';

type Weekdays = {
  /** Every weekday name Intl writes (long and short, standalone and beside a date) in the date languages, lower case, letters only. */
  names: ReadonlySet<string>;
  /** The weekday names without accents, for a word written in capitals ("ΤΡΙΤΗ", "SALI"). */
  bare: ReadonlySet<string>;
};

/**
 * The weekday names Intl (CLDR) writes in `locale`, day d of the list being weekday d (0 = Sunday), in `length`, alone or
 * beside a day and month: the one reader of weekday names every module builds its own set from.
 */
export function intlWeekdays(locale: string, length: 'long' | 'short', besideDate = false): string[] {
  const style = besideDate ? { weekday: length, day: 'numeric', month: 'long' } as const : { weekday: length };
  const format = new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC', calendar: 'gregory' });
  // 2001-01-07 was a Sunday: day d of the list is weekday d.
  return Array.from({ length: 7 }, (_, d) => format.formatToParts(new Date(Date.UTC(2001, 0, 7 + d))).find((p) => p.type === 'weekday')?.value ?? '');
}

/** The weekday names Intl writes in `locale` in the given lengths, alone and beside a date, cleaned. */
const weekdayNamesIn = (locale: string, lengths: readonly ('long' | 'short')[]): string[] =>
  lengths.flatMap((length) => [false, true].flatMap((besideDate) => intlWeekdays(locale, length, besideDate).map(clean)));

/** A CLDR-only language's weekday is read when it is long and no language's function word: "moandei", "tiisdei", not "sali". */
const MIN_CLDR_WEEKDAY = 5;

const weekdays = memo((): Weekdays => {
  const known = languages().weekday;
  const names = new Set(known.flatMap((lang) => monthLocalesOf(lang)).flatMap((locale) => weekdayNamesIn(locale, ['long', 'short'])).filter((w) => w.length >= 2));
  // The other date languages (Frisian, Yoruba, Scottish Gaelic…) print a weekday before a date too ("moandei 23 maart
  // 2020"): their full names only, long enough and no stopword of any language, so another language's word is not read.
  // A name that is a known weekday without its accents (Interlingua "martedi") is left to the rule for capitals.
  const bare = new Set([...names].map(unaccented));
  for (const lang of languages().date.filter((l) => !known.includes(l))) {
    for (const w of weekdayNamesIn(INTL_LOCALE[lang] ?? lang, ['long'])) if (w.length >= MIN_CLDR_WEEKDAY && stopwordLanguages(w).length === 0 && !bare.has(w)) names.add(w);
  }
  return { names, bare: new Set([...names].map(unaccented)) };
});

/** True when the word is a weekday name in one of the date languages ("subota", "sestdiena", "szombat", "lördag"), in any case; in capitals with or without its accents. */
export function isWeekdayName(word: string): boolean {
  const { names, bare } = weekdays();
  return names.has(clean(word)) || (inCapitals(word) && bare.has(unaccented(clean(word))));
}

/** Every weekday form Intl writes in every date language (long and short, alone and beside a date), cleaned and without accents, with the days (0 = Sunday) it names. */
const dayNumbers = memo((): ReadonlyMap<string, ReadonlySet<number>> => {
  const byWord = new Map<string, Set<number>>();
  for (const locale of new Set(languages().date.flatMap((lang) => monthLocalesOf(lang)))) {
    for (const length of ['long', 'short'] as const) {
      for (const besideDate of [false, true]) {
        intlWeekdays(locale, length, besideDate).forEach((written, d) => {
          const word = unaccented(clean(written));
          if (word.length >= 2) byWord.set(word, (byWord.get(word) ?? new Set()).add(d));
        });
      }
    }
  }
  return byWord;
});

/**
 * The days of the week (0 = Sunday) `word` names in any date language, accents aside: "venerdi" and "vendredi" Friday,
 * "mar" Tuesday (Spanish, French); a form several languages share names every day it names in any of them. Wider than
 * isWeekdayName, which must tell a weekday from any other word by itself: a caller asks this only of a word beside a
 * full date, whose own weekday must be among the answers (weekday-agreement.ts), so a chance word is not taken.
 */
export function daysNamedBy(word: string): ReadonlySet<number> {
  return dayNumbers().get(unaccented(clean(word))) ?? NO_DAYS;
}
const NO_DAYS: ReadonlySet<number> = new Set();

/**
 * `text` with every weekday CLDR writes as two or three words (Albanian "e premte", Irish "Dé hAoine", Azerbaijani
 * "çərşənbə axşamı", Kirundi "Ku wa gatanu") blanked out: a dateline's words are weighed one by one, and "e" or
 * "axşamı" alone is no weekday. A run is blanked only when its words together are a weekday's whole name.
 */
export function withoutWeekdayPhrases(text: string): string {
  if (!/\s/u.test(text.trim())) return text;
  const { names } = weekdays();
  let out = text;
  for (const size of [3, 2]) {
    const words = [...out.matchAll(/[\p{L}\p{M}'’-]+/gu)];
    for (let i = 0; i + size <= words.length; i++) {
      const run = words.slice(i, i + size);
      const [from, last] = [run[0]!, run.at(-1)!];
      const to = last.index + last[0].length;
      if (/^[\p{L}\p{M}'’\s-]+$/u.test(out.slice(from.index, to)) && names.has(clean(run.map((w) => w[0]).join('')))) {
        out = out.slice(0, from.index) + ' '.repeat(to - from.index) + out.slice(to);
      }
    }
  }
  return out;
}
