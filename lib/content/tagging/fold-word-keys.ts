/**
 * The keys a word has in the matcher's fallback trie (tag-fold.ts): `x` + the word as written, `s` + an inflection
 * key (inflection.ts), `t` + a Latin spelling, `f` + a fold stem (fold-key.ts), `a` + a nationality adjective's stem
 * (adjective-stems.ts), `k` + a consonant skeleton (consonant-skeleton.ts). A base form's word contributes the keys
 * of its own spelling ({@link formWordKeys}); a word of a text every key it could have ({@link textWordKeys}).
 */
import { textAdjectiveStems } from './adjective-stems';
import { cliticReadings, mayHaveClitic } from './clitics';
import { isStopword } from './common-words';
import { inConsonantScript, textSkeletonKey } from './consonant-skeleton';
import { foldStem, textFoldStems } from './fold-key';
import { forEachInflectionKey, lemmaKeys } from './inflection';
import { languagesByScript } from './paradigms';
import { forEachLatinCaseKey, isCyrillic, latinCaseKeys, toLatin } from './transliterate';
import { stripMarks } from '../fold-text';

/** Latin spellings shorter than this are not matched from Cyrillic: "Тор" (Thor) is not "Tor". */
export const MIN_TRANSLITERATED = 5;

/** A fold stem of a name or alias (any language may spell it) needs this many letters: "Skif" is not "Скиф" (Scythian). */
const MIN_FOLD_ANY = MIN_TRANSLITERATED;

/**
 * Whether a word is written as a name may be: with a capital, or in a script
 * that has none (Georgian writes its one case as Unicode lowercase).
 */
export const startsLikeName = (word: string) => /^(?:\p{Lu}|\p{Lo}|\p{Script=Georgian})/u.test(word);

/**
 * Chinese characters and kana spell words, not sounds of a foreign alphabet:
 * their Latin spelling letter by letter would make "中俄" (China–Russia) a
 * case of "中国". They get no fold stem; a foreign name spelt in them is
 * reached by its consonant skeleton (consonant-skeleton.ts) instead.
 */
const wordScripts = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const spellsWords = (word: string) => wordScripts.test(word);

/**
 * A word's first letter in Latin spelling, lower case, without marks. A form in the text's own language is spelt in
 * that language's own orthography, where declension changes a word's end, not its first letter: the fold (which merges
 * other orthographies' sibilants, ch = sh = s) must not make the Spanish word "Sequía" the Spanish name "Chequia".
 * So a fold key scoped to a language also carries this letter, on both sides; "Русија" and "Rusija" (Serbian in
 * either script) still share it.
 */
const initialOf = (word: string): string => {
  const c = word.charCodeAt(0);
  if (c < 128) return word.charAt(0).toLowerCase(); // the common case, asked for every capitalised word of every text
  const first = word.charAt(0);
  let initial = INITIALS.get(first);
  if (initial === undefined) {
    initial = toLatin(stripMarks(first)).toLowerCase().charAt(0);
    INITIALS.set(first, initial);
  }
  return initial;
};
/** initialOf's answers for first letters outside ASCII: a few hundred letters across every script. */
const INITIALS = new Map<string, string>();

/** The languages a text's words are read in: inflection rules per script, and the text's own language for fold stems. */
export type TextLanguages = { cyrillic: readonly string[]; latin: readonly string[]; text: string | null };

/**
 * The keys a word of a base form contributes. A Latin name is transliterated
 * only as a one-word form ("Лукашенку" for "Lukashenko"): letter by letter,
 * "Александр Лукашенко" would never spell "Alexander Lukashenko" anyway.
 */
export function formWordKeys(word: string, language: string | null, transliterate: boolean, alone: boolean): string[] {
  const keys = [`x${word}`];
  // An acronym ("STILET") matches only as written; a lowercase word is left to the inflection keys.
  const fold = startsLikeName(word) && !/^[\p{Lu}\p{N}]+$/u.test(word) && !spellsWords(word) ? foldStem(word, language) : null;
  if (fold && (language !== null || fold.length > MIN_FOLD_ANY)) keys.push(language === null ? `f*:${fold}` : `f${language}:${initialOf(word)}${fold}`);
  if (language) for (const key of lemmaKeys(word, language)) keys.push(`s${key}`);
  if (transliterate && alone && !isCyrillic(word) && word.length >= MIN_TRANSLITERATED) {
    keys.push(`t${word}`);
    for (const key of latinCaseKeys(word)) keys.push(`t${key}`);
  }
  return keys;
}

/** A word with a capital first letter and the rest in lowercase ("MINSK" → "Minsk"). */
export const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
/** Whether a word of four letters or more is written all in capitals (a shouted headline's "BELARUS"). */
export const isShouted = (w: string) => w.length >= 4 && w === w.toUpperCase() && w !== w.toLowerCase();

/** Every key a word of a text could have, given the languages whose inflections apply. */
export function textWordKeys(word: string, languages: TextLanguages): string[] {
  const keys: string[] = [];
  const add = (w: string) => {
    keys.push(`x${w}`);
    // A stopword of the text's language capitalised at a sentence start ("Però") is no spelling of a name ("Perù").
    if (startsLikeName(w) && !spellsWords(w) && !(languages.text !== null && isStopword(w.toLowerCase(), languages.text))) {
      for (const stem of textFoldStems(w, languages.text)) {
        if (stem.length > MIN_FOLD_ANY) keys.push(`f*:${stem}`);
        if (languages.text !== null) keys.push(`f${languages.text}:${initialOf(w)}${stem}`);
      }
    }
    for (const stem of textAdjectiveStems(w, languages.text)) keys.push(`a${languages.text ?? ''}:${stem}`);
    const skeleton = inConsonantScript(w) ? textSkeletonKey(w) : null;
    if (skeleton) keys.push(`k${skeleton}`);
    const cyrillic = isCyrillic(w);
    forEachInflectionKey(w, cyrillic ? languages.cyrillic : languages.latin, (stem, id) => keys.push(`s${stem}|${id}`));
    if (cyrillic) {
      const latin = toLatin(w);
      keys.push(`t${latin}`);
      forEachLatinCaseKey(latin, (key) => keys.push(`t${key}`));
    }
  };
  add(word);
  if (isShouted(word)) add(capitalise(word));
  if (mayHaveClitic(word)) for (const reading of cliticReadings(word)) add(reading);
  return keys;
}

/**
 * The languages whose inflections apply to the words of a text. Cyrillic words
 * always get the Russian, Ukrainian and Belarusian rules: the three are easily
 * confused by detection and their paradigms are keyed apart anyway. Latin words
 * get the text's own language's rules (none for English), or all of them when
 * the language is unknown. Fold stems (fold-key.ts) cut the case endings of
 * the text's own language, and meet the names listed for it.
 */
export function inflectionLanguages(language: string | null): TextLanguages {
  if (language === null || language === 'und') return { ...languagesByScript, text: null };
  const latin: readonly string[] = languagesByScript.latin;
  return { cyrillic: languagesByScript.cyrillic, latin: latin.includes(language) ? [language] : [], text: language };
}
