/**
 * A month written as the word for "month" and an ordinal ("the third month"), as Yoruba pages write it beside, or
 * instead of, the names CLDR gives: "14 Oṣù Kẹta 2026", "Ọjọ́ 5 oṣù Kejìlá, 2026", "Oṣù kẹjọ". The word for month is
 * the runtime's (Intl, CLDR: the word every month name of the language opens with, Yoruba's "Oṣù Ṣẹ́rẹ́", "Oṣù Èrèlè"…);
 * the ordinals are a language's number words, which no calendar data the runtime ships spells out (CLDR's rule-based
 * number data has no Yoruba), so they are listed here, folded as they are matched: lower case, no tone marks or dots
 * below ("Kẹ́ta", "kẹta", "Keta" alike). The list only names the month: whether a line is a date line is decided by
 * its shape (year-line.ts), never by these words. A language with no list here keeps its year alone, as before.
 */
import { memo } from './date-languages';
import { foldedLower } from '../fold-text';

/**
 * Ordinals 1–12 after the word for month, by language, folded; a month may be written in several ways (tones dropped
 * in part, a long vowel written once or twice: "kìíní", "kínní", "kini"; a hyphened tail "karùn-ún").
 */
const ORDINALS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  yo: [
    ['kiini', 'kinni', 'kini', 'kiiini'],
    ['keji'],
    ['keta'],
    ['kerin'],
    ['karun', 'karun-un', 'karunun'],
    ['kefa'],
    ['keje'],
    ['kejo'],
    ['kesan', 'kesan-an', 'kesanan'],
    ['kewa', 'kewaa'],
    ['kokanla'],
    ['kejila'],
  ],
};

/** The word every long month name of a locale opens with ("oṣù" in Yoruba), folded; null when the names share none. */
function monthWordOf(locale: string): string | null {
  if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 0) return null;
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC', calendar: 'gregory' });
  const firsts = Array.from({ length: 12 }, (_, m) => format.format(new Date(Date.UTC(2001, m, 15))).trim().split(/\s+/u));
  const first = firsts[0]![0]!;
  return firsts.every((words) => words.length > 1 && words[0] === first) ? foldedLower(first) : null;
}

/** Per language with ordinals: its month words (every regional locale's spelling, "oṣù", "oshù") and ordinal → month. Made on first use. */
const tables = memo(() =>
  Object.entries(ORDINALS).map(([lang, months]) => {
    const regions = Intl.DateTimeFormat.supportedLocalesOf([lang, ...['BJ', 'NG'].map((r) => `${lang}-${r}`)]);
    const words = new Set(regions.map(monthWordOf).filter((w) => w !== null));
    const ordinal = new Map(months.flatMap((forms, i) => forms.map((f) => [f, i + 1] as const)));
    return { lang, words, ordinal };
  }),
);

/**
 * The month of the word for month followed by an ordinal among `tokens` (a date line's fields, in order), and the
 * tokens they take; the page's `language` is tried first, then every other language with ordinals. Null when none.
 */
export function ordinalMonth(tokens: readonly string[], language = ''): { month: number; at: number } | null {
  const folded = tokens.map(foldedLower);
  const ordered = [...tables()].sort((a, b) => Number(b.lang === language) - Number(a.lang === language));
  for (const { words, ordinal } of ordered) {
    for (let i = 0; i + 1 < folded.length; i++) {
      const month = words.has(folded[i]!) ? ordinal.get(folded[i + 1]!) : undefined;
      if (month !== undefined) return { month, at: i };
    }
  }
  return null;
}
