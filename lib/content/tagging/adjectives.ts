/**
 * Nationality adjectives of a country's name in the languages that inflect
 * them: Italian bielorusso, bielorussa, bielorussi; Portuguese chinês,
 * chinesa; Hungarian orosz, oroszok; Czech ruský, ruských; Greek ρωσικός;
 * Georgian რუსული; Serbian руски; Swedish rysk, ryska; Arabic روسي, الروسية;
 * Hebrew רוסי, רוסית; Hindi रूसी.
 *
 * Where they come from: CLDR (the runtime's Intl data) names every language
 * in every language, and in most languages that name is the nationality
 * adjective ("russo", "orosz", "ρωσικά", "რუსული", "ryska", "רוסית"). A
 * language belongs to the country its likely region is (Intl.Locale maximize:
 * be → BY, ru → RU, zh → CN), and its name is taken as the country's
 * adjective only when it opens like one of the country's names in that
 * language (so Belarus, whose likely language is Russian, does not get
 * "russo"; the United States does not get "inglese"). Where a language names
 * languages by nouns (Czech "ruština", Slovak, Slovene), and for Hungarian's
 * "<adjective>ország" countries, a few (cut, add) rules make the stem instead.
 * A word of a text in that language meets the adjective when it is its stem
 * plus one of the language's endings.
 *
 * Words are compared in a plain spelling (Latin letters without diacritics,
 * lowercase, through the one transliterator; Arabic, Hebrew and Devanagari as
 * written, since their vowels are not reliably spelt), with none of the fold
 * key's merging of sounds, so Swedish "rysk" (Russian) is not "risk". The
 * matcher uses these only where no form matches as written, only in a text of
 * that language, and a stem two countries share tags neither; a word that is
 * a stopword of the text's language is never read as an adjective.
 */
import { remembered } from '../bounded-memo';
import { isStopword } from './common-words';
import { toLatin } from './transliterate';

/**
 * One language's adjectives: the endings a word may add to a stem, whether
 * CLDR's language names are adjectives there, and (cut, add) rules from a
 * country's name to a stem where they are not.
 */
type Rule = {
  from: readonly (readonly [string, string])[];
  endings: readonly string[];
  languageNames: boolean;
  /** More of CLDR's locales whose language names count (European Portuguese "polaco" beside Brazilian "polonês"). */
  locales?: readonly string[];
  /** Suffixes an adjective stem may lose to become the people's stem (Greek ρωσ-ικ-ά → Ρώσ-οι, Georgian რუს-ულ-ი → რუს-ი). */
  demonym?: readonly string[];
  /** (text ending, stem ending): a plural that changes the stem's last letters (Czech rusk-ý → ruš-tí, Portuguese let-ão → let-ões). */
  alternations?: readonly (readonly [string, string])[];
  /** Spelling alternations inside a word, folded the same way on both sides (Romanian europeană → europene, Dutch Chinees → Chinese). */
  spelling?: (plain: string) => string;
};

const pairs = (spec: string): [string, string][] =>
  spec.split(' ').map((pair) => {
    const [cut = '', add = ''] = pair.split('>');
    return [cut === '0' ? '' : cut, add === '0' ? '' : add];
  });
const words = (spec: string) => spec.split(' ').map((e) => (e === '0' ? '' : e));
const named = (endings: string, from = ''): Rule => ({ from: from ? pairs(from) : [], endings: words(endings), languageNames: true });
const ruled = (from: string, endings: string): Rule => ({ from: pairs(from), endings: words(endings), languageNames: false });

const slavicSouth = named('i a o e og om oj ih im ima u oga omu');

/** Adjective endings (and rules) per ISO 639-1 language, in plain spelling. `0` is the empty string. */
export const adjectiveRules: Readonly<Record<string, Rule>> = {
  it: { ...named('o a i e'), spelling: (w) => w.replace(/([cg])h(?=[ie]$)/, '$1') }, // polacc-o, polacch-i: the h only keeps c and g hard
  pt: { ...named('0 o a os as es e'), locales: ['pt-PT'], alternations: [['oes', 'ao'], ['aes', 'ao']] },
  es: named('o a os as 0 es e'),
  ro: { ...named('a 0 i e ii ul ului ei easca esti ilor'), spelling: (w) => w.replace(/ea/g, 'e').replace(/ian/g, 'ien') }, // ucraineană/ucrainene, lituanian/lituanieni
  // Dutch doubles a long vowel in a closed syllable only (Chinees, Chinese, Chinezen): written double in an open one too, so "Pools" stays apart from "pols" (pulse).
  // Where no language is named after the country, Dutch makes the adjective from its name: Syrië → Syrisch, Noord-Korea → Noord-Koreaans, Koreaan; Iran → Iraans.
  nl: { ...named('isch ische 0 e en s er ers', 'land>s ie>isch a>aans a>aan an>aans'), spelling: (w) => w.replace(/z(?=e)/g, 's').replace(/(?<![aeiou])([aeou])(?=[^aeiou][aeiou])/g, '$1$1') },
  hu: named('0 ok ek ot et ul nak nek okat eket okkal okra', 'orszag>0'),
  cs: { ...ruled('sko>sk ko>k ko>ck a>sk o>sk ina>insk', 'y a e eho emu em ym ou ych ymi i'), alternations: [['sti', 'sk'], ['cti', 'ck']] },
  sk: ruled('sko>sk ko>k ko>ck a>sk o>sk ina>insk', 'y a e eho emu om ym ou ych ymi i'),
  sr: slavicSouth,
  hr: slavicSouth,
  bs: slavicSouth,
  el: { ...named('os i o oi es a ou on is ous'), demonym: ['ik'] },
  ka: { ...named('0 i ma s is ad it eb ebi ebma ebis'), demonym: ['ul'] }, // 0: an adjective before a noun in a case drops its -i ("რუსულ რაკეტებს")
  lv: named('u s is i a am iem'),
  sv: named('0 a e t'),
  da: named('0 e'),
  nb: named('0 e'),
  ar: named('ي ية يين يون يات يان'),
  he: named('י ית ים יות יים'),
  hi: named('ी'),
};

const nativeScript = /[\u0590-\u06FF\u0900-\u097F]/u;

/** The plain spelling words are compared in (see the module comment). */
export function plainSpelling(word: string): string {
  return nativeScript.test(word) ? word : remembered(plainCache, 100_000, word, (w) => toLatin(w).toLowerCase());
}

/** plainSpelling's answers, bounded for long-running processes. */
const plainCache = new Map<string, string>();

/** The plain spelling with the language's own alternations folded ({@link Rule} `spelling`): what adjective stems are cut from. */
export function adjectiveSpelling(word: string, language: string): string {
  const plain = plainSpelling(word);
  return adjectiveRules[language]?.spelling?.(plain) ?? plain;
}

/** The shortest stem a derived adjective may have: "rus" (Romanian rus, rusă) is allowed, "ki" is not. */
const MIN_STEM = 3;

const withoutArticle = (plain: string) => plain.replace(/^ال/u, '');

/** The adjective stems a rule makes of one word of a country's name in `language` (the Arabic article is not part of the stem). */
export function adjectiveStems(word: string, language: string): string[] {
  const r = adjectiveRules[language];
  if (!r || r.from.length === 0) return [];
  const plain = withoutArticle(adjectiveSpelling(word, language));
  const stems = new Set<string>();
  for (const [cut, add] of r.from) {
    if (!plain.endsWith(cut)) continue;
    const stem = plain.slice(0, plain.length - cut.length) + add;
    if (stem.length >= MIN_STEM) stems.add(stem);
  }
  return [...stems];
}

/** The stems of an adjective as CLDR writes it ("russo" → russ; "chinês" → chines, chin): it less each ending it has. */
export function namedAdjectiveStems(adjective: string, language: string): string[] {
  const r = adjectiveRules[language];
  if (!r) return [];
  const plain = withoutArticle(adjectiveSpelling(adjective, language));
  const stems = r.endings.filter((e) => plain.endsWith(e) && plain.length - e.length >= MIN_STEM).map((e) => plain.slice(0, plain.length - e.length));
  const people = stems.flatMap((stem) => (r.demonym ?? []).filter((cut) => stem.endsWith(cut) && stem.length - cut.length >= MIN_STEM).map((cut) => stem.slice(0, stem.length - cut.length)));
  return [...new Set([...stems, ...people])];
}

let likelyLanguages: Map<string, string[]> | null = null;
const displays = new Map<string, Intl.DisplayNames>();

/** The languages (ISO 639-1) whose likely region is each country, from CLDR's likely subtags: BY → be, RU → ru. */
function languagesByRegion(): Map<string, string[]> {
  if (likelyLanguages) return likelyLanguages;
  const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const map = new Map<string, string[]>();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      if (!english.of(code)) continue;
      const region = new Intl.Locale(code).maximize().region;
      if (region) map.set(region, [...(map.get(region) ?? []), code]);
    }
  }
  likelyLanguages = map;
  return map;
}

/**
 * The nationality adjectives of a country in `language`, from CLDR: the names
 * of the languages whose likely region it is, kept when one opens like one of
 * `names` (the country's names in `language`): the first two letters of the
 * last word in plain spelling agree ("bielorusso" and "Bielorussia", not
 * "russo"; "Pools" and "Polen"; "Wit-Russisch" and "Wit-Rusland").
 */
export function nationalityAdjectives(iso: string, language: string, names: readonly string[]): string[] {
  if (!adjectiveRules[language]?.languageNames) return [];
  const key = `${iso} ${language} ${names.join('\u0000')}`;
  let found = adjectiveCache.get(key);
  if (!found) {
    found = findNationalityAdjectives(iso, language, names);
    adjectiveCache.set(key, found);
  }
  return found;
}

const adjectiveCache = new Map<string, string[]>();

function findNationalityAdjectives(iso: string, language: string, names: readonly string[]): string[] {
  const opening = (s: string) => withoutArticle(plainSpelling(s.split(/[\s-]+/u).pop() ?? '')).slice(0, 2);
  const codes = languagesByRegion().get(iso) ?? [];
  if (codes.length === 0) return [];
  const openings = new Set(names.map(opening));
  const found = [language, ...(adjectiveRules[language]?.locales ?? [])].flatMap((locale) => {
    const display = languageNames(locale);
    return codes.flatMap((code) => {
      const name = display.of(code);
      return name && name !== code && openings.has(opening(name)) ? [name] : [];
    });
  });
  return [...new Set(found)];
}

/** CLDR's names of languages in `locale`, one formatter per locale. */
function languageNames(locale: string): Intl.DisplayNames {
  let display = displays.get(locale);
  if (!display) {
    display = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    displays.set(locale, display);
  }
  return display;
}

/** The stems a word of a text in `language` could be an adjective of: the word less each of the language's endings, or with a plural's alternation undone (Czech ruští → rusk). */
export function textAdjectiveStems(word: string, language: string | null): string[] {
  if (language === null) return [];
  const r = adjectiveRules[language];
  if (!r || isStopword(word.toLowerCase(), language)) return [];
  const plain = adjectiveSpelling(word, language);
  const stems: string[] = [];
  for (const ending of r.endings) {
    if (plain.length - ending.length >= MIN_STEM && plain.endsWith(ending)) stems.push(plain.slice(0, plain.length - ending.length));
  }
  for (const [ending, stemEnd] of r.alternations ?? []) {
    if (plain.length - ending.length + stemEnd.length >= MIN_STEM && plain.endsWith(ending)) stems.push(plain.slice(0, plain.length - ending.length) + stemEnd);
  }
  return stems;
}
