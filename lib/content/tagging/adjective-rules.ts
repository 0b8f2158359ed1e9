/**
 * Nationality adjectives of a country's name in the languages that inflect
 * them: Italian bielorusso, bielorussa, bielorussi; Portuguese chinês,
 * chinesa; Hungarian orosz, oroszok; Czech ruský, ruských; Greek ρωσικός;
 * Georgian რუსული; Serbian руски; Swedish rysk, ryska; Arabic روسي, الروسية;
 * Hebrew רוסי, רוסית; Hindi रूसी. This module holds each language's rules:
 * its endings, whether CLDR's language names are its adjectives
 * (nationality-adjectives.ts), and (cut, add) rules where they are not; the
 * stems are cut in adjective-stems.ts.
 *
 * Words are compared in a plain spelling (Latin letters without diacritics,
 * lowercase, through the one transliterator; Arabic, Hebrew and Devanagari as
 * written, since their vowels are not reliably spelt), with none of the fold
 * key's merging of sounds, so Swedish "rysk" (Russian) is not "risk".
 */
import { remembered } from '../bounded-memo';
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
