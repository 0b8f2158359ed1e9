/**
 * Month names per language, read from the runtime's own calendar data (Intl,
 * Gregorian calendar) rather than typed by hand: the nominative ("март"), the form
 * used with a day ("4 марта", "4. März") and the short forms ("мар.", "Mar"), plus
 * the inflected forms Intl never prints ("в марте", "u ožujku", "w marcu"), made
 * from the stem the Intl forms of a month share. They decide which date parsers a
 * line is worth running through (chrono.ts), and they feed the month-name parser
 * for the languages chrono lacks (month-date.ts). A language Intl has no dates for takes its months from a library's
 * locale instead (library-months.ts: Haitian Creole); both are read in intl-month-forms.ts. The only month table in lib/. Which words of a
 * text are month names is read against these tables in month-words.ts (the text scan) and month-word-languages.ts
 * (one word, remembered).
 */
import { clean, type DateLanguage, inCapitals, languages, memo, monthLocalesOf, unaccented } from './date-languages';
import { intlForms, libraryForms } from './intl-month-forms';

/** A stem shorter than this would match ordinary words ("mar" → "marka"); its inflections are not guessed. */
export const MIN_STEM = 4;
/** Letters a case ending adds to a stem ("март" → "марте", "ožuj" → "ožujku"). */
export const MAX_ENDING = 3;

/** The letters every long form of a month shares ("березень", "березня" → "берез"). */
function commonPrefix(words: string[]): string {
  let prefix = words[0] ?? '';
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** Languages that decline month names ("5. марта", "márciusban", "martā") though Intl writes only the nominative. */
const DECLINES: ReadonlySet<DateLanguage> = new Set(['sr', 'bs', 'sl', 'mk', 'lv', 'et', 'hu', 'tr', 'sq', 'ka', 'hy', 'az']);

/** `bare`: the exact forms without their accents, for a word written in capitals, which many languages write without them ("ΜΑΡΤΙΟΥ", "DECEMBRE"). */
/** `full`: the long names (no abbreviation), each with whether the language writes it in lower case. */
type Forms = { exact: Map<string, number>; stems: Map<string, number>; short: Map<string, number>; bare: Map<string, number>; full: Map<string, boolean> };

/**
 * True for a word written with marks (accents, tones, dots below): its writer marks it, but pages place marks
 * unevenly ("Ẹ̀rẹ̀nà", "Ẹrẹna" for CLDR's "Ẹrẹ̀nà": Yoruba tones are often written in part or differently), so a
 * month is also read by its letters without marks. A word with no mark at all is read only as CLDR writes it
 * (or in capitals): a plain word of one language may be another's month without its accents.
 */
const marked = (w: string) => unaccented(w) !== w;
/** Whether a word may be read by its letters without marks: in capitals, or itself written with marks. */
export const readBare = (w: string) => inCapitals(w) || marked(clean(w));

function monthForms(lang: DateLanguage, multiWordFirsts: Set<string>): Forms {
  const exact = new Map<string, number>();
  const owners = new Map<string, Set<number>>();
  const stems = new Map<string, number>();
  const stemOwners = new Map<string, number>();
  const short = new Map<string, number>();
  const full = new Map<string, boolean>();
  const addStem = (stem: string, month: number) => {
    if (stem.length < MIN_STEM || stems.get(stem) === month) return;
    stemOwners.set(stem, (stemOwners.get(stem) ?? 0) + 1);
    stems.set(stem, month);
  };
  for (const locale of monthLocalesOf(lang)) {
    for (const [month, { all, long, lower }] of libraryForms(lang) ?? intlForms(locale, multiWordFirsts)) {
      for (const name of all) owners.set(name, (owners.get(name) ?? new Set()).add(month));
      for (const name of long) full.set(name, full.get(name) === true || lower.has(name));
      // Only a language that inflects month names has case endings to guess: Intl shows it by writing two long forms, or it is known to decline them though Intl prints one.
      if (long.size >= 2) addStem(commonPrefix([...long]), month);
      else if (DECLINES.has(lang)) {
        // The nominative may end in a vowel the other cases replace (Georgian "მარტი" → "მარტს").
        const [name] = [...long];
        // A fleeting vowel drops too: Serbian "септембар" → "септембра", "oktobar" → "oktobra".
        if (name) for (const stem of [name, name.slice(0, -1), name.slice(0, -2)]) addStem(stem, month);
        // A three-letter month takes one case letter: "jun" → "juna", "јул" → "јула".
        if (name?.length === 3) short.set(name, month);
      }
    }
  }
  // A form two months share ("tháng") names no month.
  for (const [name, months] of owners) if (months.size === 1) exact.set(name, [...months][0]!);
  for (const [stem, n] of stemOwners) if (n > 1) stems.delete(stem);
  if (lang === 'en') exact.set('sept', 9); // a common English abbreviation Intl does not produce
  const bareOwners = new Map<string, Set<number>>();
  for (const [name, month] of exact) bareOwners.set(unaccented(name), (bareOwners.get(unaccented(name)) ?? new Set()).add(month));
  const bare = new Map([...bareOwners].filter(([, months]) => months.size === 1).map(([name, months]) => [name, [...months][0]!]));
  return { exact, stems, short, bare, full };
}

/**
 * The first letters of every month form and stem of every language. A word that matches a form
 * or a stem plus an ending (stems have at least MIN_STEM letters) begins with one of these.
 */
export const OPENING = 3;

export type Months = {
  byLanguage: ReadonlyMap<DateLanguage, Forms>;
  /** Which languages each exact month word belongs to ("mars" → fr, "march" → en). */
  languagesOf: ReadonlyMap<string, DateLanguage[]>;
  /** Which languages each month word without accents belongs to, for a word written in capitals. */
  bareLanguagesOf: ReadonlyMap<string, DateLanguage[]>;
  /** The first OPENING letters of every form and stem. */
  openings: ReadonlySet<string>;
  /** First words of the months CLDR writes as two words ("كانون" of "كانون الثاني"): a reader joins the next word to them. */
  multiWordFirsts: ReadonlySet<string>;
  /** Which languages have each stem, and each three-letter month a case letter follows (byStem's tables, inverted). */
  stemLanguagesOf: ReadonlyMap<string, ReadonlySet<DateLanguage>>;
  shortLanguagesOf: ReadonlyMap<string, ReadonlySet<DateLanguage>>;
};

/** The month tables of every date language, made once on first use (month-word-languages.ts reads a text's words against them). */
export const months = memo((): Months => {
  const multiWordFirsts = new Set<string>();
  const byLanguage = new Map<DateLanguage, Forms>(languages().date.map((l) => [l, monthForms(l, multiWordFirsts)]));
  // The word that opens every month of a language ("Oṣù Ṣẹ́rẹ́": Yoruba's "month") is no month read without its marks in
  // another: Ewondo's January "ngɔn osú" ends in "osú", and "oṣù" without its marks is both.
  const firsts = new Set([...multiWordFirsts].map(unaccented));
  for (const { bare } of byLanguage.values()) for (const name of bare.keys()) if (firsts.has(name)) bare.delete(name);
  const languagesOf = new Map<string, DateLanguage[]>();
  for (const [lang, forms] of byLanguage) for (const name of forms.exact.keys()) languagesOf.set(name, [...(languagesOf.get(name) ?? []), lang]);
  const bareLanguagesOf = new Map<string, DateLanguage[]>();
  for (const [lang, forms] of byLanguage) for (const name of forms.bare.keys()) bareLanguagesOf.set(name, [...(bareLanguagesOf.get(name) ?? []), lang]);
  const openings = new Set(
    [...byLanguage.values()].flatMap(({ exact, stems, short, bare }) => [...exact.keys(), ...stems.keys(), ...short.keys(), ...bare.keys()].map((f) => f.slice(0, OPENING))),
  );
  const stemLanguagesOf = new Map<string, Set<DateLanguage>>();
  const shortLanguagesOf = new Map<string, Set<DateLanguage>>();
  for (const [lang, { stems, short }] of byLanguage) {
    for (const stem of stems.keys()) stemLanguagesOf.set(stem, (stemLanguagesOf.get(stem) ?? new Set()).add(lang));
    for (const name of short.keys()) shortLanguagesOf.set(name, (shortLanguagesOf.get(name) ?? new Set()).add(lang));
  }
  return { byLanguage, languagesOf, bareLanguagesOf, openings, multiWordFirsts, stemLanguagesOf, shortLanguagesOf };
});

/** The month of an inflected form: a known stem plus a short ending, in one language. */
function byStem(forms: Forms, word: string): number | null {
  for (let cut = 1; cut <= MAX_ENDING && word.length - cut >= MIN_STEM; cut++) {
    const month = forms.stems.get(word.slice(0, -cut));
    if (month !== undefined) return month;
  }
  return word.length === 4 ? (forms.short.get(word.slice(0, 3)) ?? null) : null;
}

/** The month number of a written month name in a language (any form Intl writes, or its stem with a case ending), or null. */
export function monthIn(lang: DateLanguage, word: string): number | null {
  const forms = months().byLanguage.get(lang);
  if (!forms) return null;
  const w = clean(word);
  return forms.exact.get(w) ?? forms.stems.get(w) ?? byStem(forms, w) ?? (readBare(word) ? (forms.bare.get(unaccented(w)) ?? null) : null);
}

/**
 * True when `word` is a month's full name in `lang`, not only an abbreviation, written in the case the language writes
 * it: "jen" is Haitian June, but "Jen" (Igbo's abbreviation of January) is no Haitian month, which is written in lower case.
 */
export function isFullMonthName(lang: DateLanguage, word: string): boolean {
  const lower = months().byLanguage.get(lang)?.full.get(clean(word));
  return lower !== undefined && (!lower || word === word.toLocaleLowerCase());
}

/**
 * Every month form Intl writes in every date language, without its marks, with the months it names (a form two
 * languages give to different months names both). Made once, on first use; for readers that compare an unknown word
 * with the month names of all languages (borrowed-month.ts).
 */
export const everyMonthForm = memo((): ReadonlyMap<string, ReadonlySet<number>> => {
  const all = new Map<string, Set<number>>();
  for (const { exact } of months().byLanguage.values()) for (const [name, month] of exact) all.set(unaccented(name), (all.get(unaccented(name)) ?? new Set()).add(month));
  return all;
});

/** True when the word is, exactly, a month name Intl writes in one of the date languages ("März", "июня", "March"). */
export function isMonthName(word: string): boolean {
  return months().languagesOf.has(clean(word));
}

const NAMES = new Map<string, string[]>();
/**
 * A month's (1–12) name as Intl writes it in `locale`: alone ("март", "March") or, with
 * `form: 'format'`, as it stands next to a day ("марта"). Throws for a month outside 1–12.
 */
export function monthNameIn(locale: string, month: number, form: 'standalone' | 'format' = 'standalone'): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month out of range: ${month}`);
  const key = `${locale}:${form}`;
  let names = NAMES.get(key);
  if (!names) {
    const format = new Intl.DateTimeFormat(locale, { month: 'long', ...(form === 'format' ? { day: 'numeric' } : {}), timeZone: 'UTC', calendar: 'gregory' });
    names = Array.from({ length: 12 }, (_, i) => format.formatToParts(new Date(Date.UTC(2001, i, 15))).find((p) => p.type === 'month')?.value ?? String(i + 1));
    NAMES.set(key, names);
  }
  return names[month - 1]!;
}
