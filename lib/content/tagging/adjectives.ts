/**
 * Nationality adjectives and nouns derived from a country's name in the
 * languages that make them by suffix: Italian Bielorussia → bielorusso,
 * bielorussa, bielorussi; Portuguese China → chinês, chinesa; Hungarian
 * Oroszország → orosz, oroszok; Czech Rusko → ruský, ruských; Greek Ρωσία →
 * ρωσικός; Georgian რუსეთი → რუსული; Serbian Русија → руски; Swedish
 * Ryssland → rysk, ryska; Arabic روسيا → روسي, روسية; Hebrew רוסיה → רוסי.
 * No language ships these adjectives as data, so they are derived by rule:
 * each language's (cut, add) pairs turn the name into adjective stems, and a
 * word of a text in that language meets a stem when it is the stem plus one of
 * the language's endings.
 *
 * Words are compared in a plain spelling (Latin letters without diacritics,
 * lowercase, through the one transliterator; Arabic, Hebrew and Devanagari as
 * written, since their vowels are not reliably spelt), with none of the fold
 * key's merging of sounds, so Swedish "rysk" (Russian) is not "risk". The
 * matcher uses a derived stem only where no form matches as written, only in a
 * text of that language, and a stem two countries share tags neither; a word
 * that is a stopword of the text's language is never read as an adjective.
 */
import { isStopword } from './common-words';
import { toLatin } from './transliterate';

/** One language's derivation: (cut, add) pairs from the name to a stem, and the endings a word may add to a stem. */
type Rule = { from: readonly (readonly [string, string])[]; endings: readonly string[] };

const pairs = (spec: string): [string, string][] =>
  spec.split(' ').map((pair) => {
    const [cut = '', add = ''] = pair.split('>');
    return [cut === '0' ? '' : cut, add === '0' ? '' : add];
  });
const rule = (from: string, endings: string): Rule => ({ from: pairs(from), endings: endings.split(' ').map((e) => (e === '0' ? '' : e)) });

const slavicSouth = rule('ija>k ija>sk a>esk a>0 a>sk 0>sk', 'i a o e og om oj ih im ima u oga omu');

/** Derivations per ISO 639-1 language, in plain spelling. `0` is the empty string. */
export const adjectiveRules: Readonly<Record<string, Rule>> = {
  it: rule('ia>0 a>0 o>0 ia>es a>es ia>an a>an', 'o a i e'),
  pt: rule('ia>0 a>0 ia>es a>es ia>ian a>ian', '0 o a os as es'),
  es: rule('ia>0 a>0 ia>es a>es ia>ian a>ian', 'o a os as 0 es'),
  ro: rule('ia>0 a>0 0>0 ia>ez a>ez a>ean a>en', '0 a i e ul ului ei easca esti ilor'),
  nl: rule('land>0 land>s e>0 ie>0 a>0 0>0', 'isch ische sisch sische sen en e ees ese'),
  hu: rule('orszag>0 ia>0 a>ai 0>i', '0 ok ek ot et ul nak nek okat eket okkal okra'),
  cs: rule('sko>sk ko>k ko>ck a>sk o>sk 0>sk ina>insk', 'y a e eho emu em ym ou ych ymi i'),
  sk: rule('sko>sk ko>k ko>ck a>sk o>sk 0>sk', 'y a e eho emu om ym ou ych ymi i'),
  sr: slavicSouth,
  hr: slavicSouth,
  bs: slavicSouth,
  el: rule('ia>ik a>ik ia>0 a>ez a>ezik', 'os i o oi es a ou on is ous'),
  ka: rule('eti>ul eti>ur eti>0 i>ul i>el', 'i ma s is ad it eb ebi ebma ebis'),
  lv: rule('ija>0 a>0 a>ies e>0', 'u s is i a am iem esu ietis iete'),
  sv: rule('land>0 sland>sk land>sk en>sk a>esisk a>sk 0>isk', '0 a e ar arna'),
  da: rule('land>0 sland>sk land>sk en>sk a>esisk a>sk 0>isk', '0 e'),
  nb: rule('land>0 sland>sk land>sk en>sk a>esisk a>sk 0>isk', '0 e'),
  ar: rule('يا>0 ا>0 0>0', 'ي ية يين يون يات يان'),
  he: rule('יה>0 ה>0 0>0', 'י ית ים יות יים'),
  hi: rule('0>0', 'ी'),
};

const nativeScript = /[\u0590-\u06FF\u0900-\u097F]/u;

/** The plain spelling words are compared in (see the module comment). */
export function plainSpelling(word: string): string {
  return nativeScript.test(word) ? word : toLatin(word).toLowerCase();
}

/** The shortest stem a derived adjective may have: "rus" (Romanian rus, rusă) is allowed, "ki" is not. */
const MIN_STEM = 3;

/** The adjective stems derived from one word of a country's name in `language` (the Arabic article is not part of the stem). */
export function adjectiveStems(word: string, language: string): string[] {
  const r = adjectiveRules[language];
  if (!r) return [];
  const plain = plainSpelling(word).replace(/^ال/u, '');
  const stems = new Set<string>();
  for (const [cut, add] of r.from) {
    if (!plain.endsWith(cut)) continue;
    const stem = plain.slice(0, plain.length - cut.length) + add;
    if (stem.length >= MIN_STEM) stems.add(stem);
  }
  return [...stems];
}

/** The stems a word of a text in `language` could be an adjective of: the word less each of the language's endings. */
export function textAdjectiveStems(word: string, language: string | null): string[] {
  const r = language === null ? undefined : adjectiveRules[language];
  if (!r || isStopword(word.toLowerCase(), language)) return [];
  const plain = plainSpelling(word);
  const stems: string[] = [];
  for (const ending of r.endings) {
    if (plain.length - ending.length >= MIN_STEM && plain.endsWith(ending)) stems.push(plain.slice(0, plain.length - ending.length));
  }
  return stems;
}
