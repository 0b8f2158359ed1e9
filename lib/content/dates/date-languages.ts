/**
 * Which languages' dates are read, and the locales Intl knows them by: every language the project's multilingual
 * data knows (stopword lists, country-name tables) and every other language CLDR writes months in letters for. Also
 * the word cleaning and accent folding every month and weekday table shares, and the made-once memo they are built
 * with. Split from month-names.ts, which builds the month tables from these languages (weekday-names.ts the weekdays).
 */
import { languagesWithStopwords } from '../extract/stopwords';
import { countryLanguages } from '../tagging/country-names';
import { CHRONO_MONTH_WORD_LANGUAGES } from './chrono';
import { stripMarks } from '../fold-text';
import { libraryMonthLanguages } from './library-months';

/** chrono's month-word locales first (their parser reads them; taken from chrono.ts so the two cannot drift), then the languages month-date.ts has always read. */
const FIRST_LANGUAGES = [
  ...CHRONO_MONTH_WORD_LANGUAGES,
  'be', 'pl', 'lt', 'lv', 'et', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'bg', 'mk', 'ro', 'hu', 'tr', 'el', 'da', 'nb', 'ca', 'ms',
  'ka', 'hy', 'az', 'sq', 'he', 'ar', 'fa', 'hi', 'ur', 'bn',
];

/** A language tag whose month names this module reads (one of dateLanguages()). */
export type DateLanguage = string;

/** The locale Intl knows a language by, where its tag differs (Tagalog is CLDR's Filipino). */
export const INTL_LOCALE: Readonly<Record<string, string>> = { tl: 'fil', no: 'nb' };

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The three-letter languages CLDR names and the runtime formats dates in with twelve month words (Kabyle "Meɣres",
 * Hawaiian "Malaki", Yakut "кулун тутар", Asturian, Sorbian…): the runtime's own answer, written here because asking
 * it of all 17,576 three-letter tags costs a second and a half. A test asks the runtime again and checks this list
 * against it (tests/content/dates/three-letter-languages.test.ts), so the list is the runtime's CLDR, not a choice.
 */
export const CLDR_THREE_LETTER_LANGUAGES: readonly string[] = [
  'agq', 'ars', 'asa', 'ast', 'bas', 'bem', 'bez', 'bgc', 'bho', 'blo', 'brx', 'bua', 'ccp', 'ceb', 'cgg', 'chr', 'ckb',
  'csw', 'dav', 'doi', 'dje', 'dsb', 'dua', 'dyo', 'ebu', 'ewo', 'fil', 'fur', 'gaa', 'gsw', 'guz', 'haw', 'hsb', 'jgo',
  'jmc', 'kab', 'kam', 'kde', 'kea', 'khq', 'kkj', 'kln', 'kok', 'ksb', 'ksf', 'ksh', 'kxv', 'lag', 'lij', 'lkt', 'lmo',
  'lrc', 'luo', 'luy', 'mai', 'mas', 'mer', 'mfe', 'mgh', 'mgo', 'mni', 'mua', 'mzn', 'naq', 'nds', 'nmg', 'nnh', 'nqo',
  'nso', 'nus', 'nyn', 'pcm', 'pms', 'prg', 'raj', 'rof', 'rwk', 'sah', 'saq', 'sat', 'sbp', 'scn', 'seh', 'ses', 'shi',
  'shn', 'smn', 'syr', 'szl', 'teo', 'twq', 'tyv', 'tzm', 'vai', 'vec', 'vmw', 'vun', 'wae', 'xnr', 'xog', 'yav', 'yrl',
  'zgh',
];

/**
 * Every two-letter language CLDR names and the runtime formats dates in (Sinhala, Punjabi, Nepali, Lao, Burmese…):
 * a language no stopword list or country-name table covers still has its months in CLDR. Then the three-letter ones
 * (CLDR_THREE_LETTER_LANGUAGES) the runtime formats dates in.
 */
function cldrLanguages(): string[] {
  const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const tags = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b)).filter((tag) => LANGUAGE_NAMES.of(tag) !== undefined);
  const twoLetter = Intl.DateTimeFormat.supportedLocalesOf(tags).filter((tag) => /^[a-z]{2}$/u.test(tag));
  return [...twoLetter, ...Intl.DateTimeFormat.supportedLocalesOf([...CLDR_THREE_LETTER_LANGUAGES])];
}

/** A language's twelve long month names as the runtime writes them, joined, or null when they are not twelve different words. */
function longMonthNames(lang: string): string | null {
  const locale = INTL_LOCALE[lang] ?? lang;
  if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 0) return null;
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC', calendar: 'gregory' });
  const names = Array.from({ length: 12 }, (_, m) =>
    format.formatToParts(new Date(Date.UTC(2001, m, 15))).filter((p) => p.type === 'month').map((p) => clean(p.value)).join(''),
  );
  // Twelve different words: months written in letters, not "3月" or "tháng 3" (the same word each month).
  return names.every((n) => n !== '') && new Set(names).size === 12 ? names.join(' ') : null;
}

/**
 * Whether a language names its months by counting, so that one month's name, word by word, opens another's (Bena
 * "pa mwedzi gwa kumi" is October, "… kumi na moja" November; Nheengatu "pú-yepé", "pú-mukũi"…): a reader that takes a
 * month word where it stands would read November as October. Such a language's dates are left unread rather than read
 * wrong. Three-letter languages only (date-languages.ts has always read the two-letter ones).
 */
function namesMonthsByCounting(lang: string): boolean {
  const locale = INTL_LOCALE[lang] ?? lang;
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC', calendar: 'gregory' });
  const words = Array.from({ length: 12 }, (_, m) =>
    format.formatToParts(new Date(Date.UTC(2001, m, 15))).filter((p) => p.type === 'month').map((p) => p.value.toLocaleLowerCase()).join('').split(/[\s\-‐]+/u).filter((w) => w !== ''),
  );
  const opens = (a: string[], b: string[]) => a.length < b.length && a.every((w, i) => w === b[i]);
  return words.some((a) => words.some((b) => opens(a, b)));
}

/**
 * Every language the project's multilingual data knows (stopword lists, country-name languages), then every other
 * language CLDR formats dates in, whose months the runtime's CLDR data writes in letters: no hand-picked list decides
 * which languages' dates are read, so a page in Icelandic, Swahili, Welsh or Sinhala is read like one in Czech.
 * Languages that write months as numbers ("3月", "3월") have no month words and are left to
 * chrono (ja, zh) and the numeric shapes (date-find.ts).
 */
function writingMonthsInLetters(known: readonly string[]): string[] {
  const seen = new Set<string>();
  return known.filter((lang) => {
    const names = longMonthNames(lang);
    if (names === null) return false;
    // A three-letter language whose months are another's word for word (Najdi Arabic, Swiss German, Filipino as
    // Tagalog) is a regional form of it and adds no month word: it is left out.
    const repeated = lang.length === 3 && seen.has(names);
    seen.add(names);
    return !repeated && !(lang.length === 3 && namesMonthsByCounting(lang));
  });
}

/** A word as the tables hold it: lower case, letters and marks only, composed (NFC) as CLDR writes its names (a page may write "ẹ̀" or "é" with a combining mark after the letter). */
export const clean = (s: string) => s.normalize('NFC').toLocaleLowerCase().replace(/[^\p{L}\p{M}]/gu, '');
/**
 * Made once, on first use, like every table below: formatting 138 languages' months through Intl costs
 * a second of CPU, which a process that reads no dates (a Next worker rendering from the snapshot) never pays.
 */
export function memo<T>(make: () => T): () => T {
  let value: { made: T } | null = null;
  return () => (value ??= { made: make() }).made;
}

type Languages = {
  /** Languages whose month names this module reads, chrono's first. */
  date: readonly DateLanguage[];
  dateSet: ReadonlySet<string>;
  /**
   * The date languages the project's own data knows, whose weekday names are read too: a weekday of a language known
   * only to CLDR is too often an ordinary word of another ("sali"), and a weekday only widens a date already found.
   */
  weekday: readonly DateLanguage[];
};

export const languages = memo((): Languages => {
  /** The languages the project's own data (stopword lists, country-name tables) knows. */
  const data = [...new Set([...FIRST_LANGUAGES, ...languagesWithStopwords, ...countryLanguages])];
  // Then the languages Intl has no dates for, whose months a library names (library-months.ts: Haitian Creole).
  const date = [...writingMonthsInLetters([...new Set([...data, ...cldrLanguages()])]), ...libraryMonthLanguages()];
  return { date, dateSet: new Set(date), weekday: date.filter((l) => data.includes(l)) };
});

/** Languages whose month names this module reads, chrono's first. */
export const dateLanguages = (): readonly DateLanguage[] => languages().date;
export const isDateLanguage = (tag: string): tag is DateLanguage => languages().dateSet.has(tag);

/** Languages whose month names are always capitalised: in running text a lower-case "may" or "march" is a verb. */
export const CAPITALISED: ReadonlySet<DateLanguage> = new Set(['en', 'de']);

/**
 * Locales whose months are read besides the language's own. Serbian and Bosnian are written in two scripts; both
 * spellings of their months are read. CLDR's regional variants that name the months otherwise are read too: the
 * Levantine and Iraqi Arabic months ("آذار", "تشرين الثاني"), the Maghreb's ("جانفي", "غشت"), Austrian German's
 * "Jänner", Peruvian Spanish's "setiembre", Afghan Persian's. Only the locale is named here; Intl gives the words
 * (a test checks that every region whose main language is a date language and whose CLDR months differ is listed).
 */
const LOCALES: Partial<Record<DateLanguage, string[]>> = {
  sr: ['sr', 'sr-Latn'],
  bs: ['bs', 'bs-Cyrl'],
  ar: ['ar', 'ar-SY', 'ar-MA', 'ar-DZ', 'ar-MR'],
  de: ['de', 'de-AT'],
  es: ['es', 'es-PE'],
  fa: ['fa', 'fa-AF'],
};

/** The locales whose month names are read for a language. */
export const monthLocalesOf = (lang: DateLanguage): readonly string[] => LOCALES[lang] ?? [INTL_LOCALE[lang] ?? lang];

/**
 * A word without its combining marks (accents, tonos, háček), and with Turkish dotless "ı" as "i": in capitals
 * "KASIM" lower-cases to "kasim" outside a Turkish locale, as "HAZİRAN" does to "hazi̇ran" with a loose dot.
 */
export const unaccented = (w: string) => stripMarks(w).replace(/ı/gu, 'i').normalize('NFC');
/** True for a word in capitals of a script with case: only there may accents have been dropped. */
export const inCapitals = (w: string) => w === w.toLocaleUpperCase() && w !== w.toLocaleLowerCase();
