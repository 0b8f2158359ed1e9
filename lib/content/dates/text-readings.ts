/**
 * What findDates reads in a text whatever the page's language and numeric order (`prefer`, `monthFirst`): its month
 * words and each of their languages' readings, the unit-month and Tibetan dates, and on header lines the borrowed-month,
 * Solar Hijri and Ethiopian ones. A top line is read by the outlet finders without the page's language and by the
 * segmenter and the glued-line splitter with it; these readings are made once for both, and only the order of the
 * languages and the numeric shapes are read again (date-find.ts).
 */
import { remembered } from '../bounded-memo';
import { borrowedMonthDates } from './borrowed-month';
import { chronoDates, chronoReads } from './chrono';
import type { FindOptions, FoundDate } from './date-find';
import { type DateLanguage, dateLanguages } from './date-languages';
import { ethiopianDates } from './ethiopian-date';
import { monthNameDates } from './month-date';
import { isMonthName, monthIn } from './month-names';
import { type MonthScan, type MonthWord, monthWords } from './month-words';
import { solarHijriDates } from './solar-hijri';
import { tibetanDates } from './tibetan-date';
import { unitMonthDates } from './unit-month';

type HeaderOnly = { borrowedAndHijri: ReturnType<typeof borrowedMonthDates | typeof solarHijriDates>; ethiopian: ReturnType<typeof ethiopianDates> };

/** A text's readings that do not depend on the page's language or numeric order; the later ones read when first asked for. */
export type TextReadings = {
  words: MonthWord[];
  /** The month words' languages, in order of first occurrence. */
  occurring: DateLanguage[];
  /** Each language's readings of the month words (languageDates), filled as the languages are asked for. */
  byLanguage: Map<DateLanguage, FoundDate[]>;
  unitMonths: () => ReturnType<typeof unitMonthDates | typeof tibetanDates>;
  headerOnly: () => HeaderOnly;
};

/** `lang`'s readings of the month words in `text`: chrono's where it reads the language, then the month-name reader's. */
export function languageDates(text: string, words: readonly MonthWord[], lang: DateLanguage, prose: boolean): FoundDate[] {
  const found: FoundDate[] = [];
  const own = words.filter((w) => w.languages.includes(lang));
  if (chronoReads(lang)) {
    const anchors = own.map((w) => ({ index: w.index, length: w.word.length }));
    const names = (words: string) => (words.match(/[\p{L}\p{M}]{3,}/gu) ?? []).some((w) => own.some((o) => o.word === w) || (monthIn(lang, w) !== null && !prose));
    for (const d of chronoDates(lang, text, anchors, names)) found.push({ parts: d.from, until: d.to, start: d.start, end: d.end, weekday: d.weekday });
  }
  for (const d of monthNameDates(text, words, lang, !prose)) found.push({ ...d, weekday: false });
  return found;
}

/** What in `options` changes findDates' answer, as a key: every field of FindOptions. */
export function optionsKey({ prose, monthAlone, monthFirst, languages, prefer }: FindOptions): string {
  return [prose, monthAlone, monthFirst].map((b) => (b ? 1 : 0)).join('') + `|${(languages ?? []).join(',')}|${(prefer ?? []).join(',')}`;
}

/** Header lines' readings, by scan and text. Bounded. */
const READINGS = new Map<string, TextReadings>();

/** A value computed on first use. */
function once<T>(compute: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: compute() }).v;
}

/** The readings of `text` (digits already ASCII) under the scan fields of `options`; remembered for header lines only. */
export function textReadings(text: string, options: FindOptions): TextReadings {
  const { prose, monthAlone, languages } = options;
  const read = (): TextReadings => {
    const words = monthWords(text, { prose, monthAlone, languages });
    return {
      words,
      occurring: [...new Set(words.flatMap((w) => w.languages))],
      byLanguage: new Map(),
      unitMonths: once(() => [...unitMonthDates(text, languages), ...tibetanDates(text)]),
      headerOnly: once(() => {
        // Where the page's language is known and its months are named in the runtime's data, a word not among them is no month.
        const named = (languages ?? []).some((l) => dateLanguages().includes(l));
        return { borrowedAndHijri: [...(named ? [] : borrowedMonthDates(text, isMonthName)), ...solarHijriDates(text)], ethiopian: ethiopianDates(text) };
      }),
    };
  };
  // Running text is read once (findDates): nothing to share.
  return prose ? read() : remembered(READINGS, 10_000, `${optionsKey({ prose, monthAlone, languages })}\u0001${text}`, read);
}
