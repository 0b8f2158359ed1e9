/**
 * Any script → Latin for matching, so "Полонез" finds the alias "Polonez" and
 * "Лукашэнка" finds "Lukashenka"; the fold key (fold-key.ts) spells Greek and
 * Georgian names through it too. This is the one transliterator. any-ascii spells letter by letter in the
 * usual English-language convention (BGN/PCGN-like: ж → zh, х → kh, ш → sh),
 * which is how the gazetteer writes these names.
 */
import anyAscii from 'any-ascii';
import { forEachEnding, indexEndings } from './ending-index';
import { languagesByScript, paradigms } from './paradigms';
import { wordSegmenter } from './tokens';

const cyrillic = /[\u0400-\u04FF]/u;

/** True when `word` contains a Cyrillic letter. */
export function isCyrillic(word: string): boolean {
  return cyrillic.test(word);
}

/**
 * Greek digraphs that spell one foreign sound: any-ascii goes letter by letter
 * ("Λουκασένκο" → "Loykasenko"), but ου is u, and γκ, μπ, ντ at the start of a
 * foreign name are g, b, d ("Σοϊγκού" is Shoigu).
 */
const greekDigraphs: readonly [RegExp, string][] = [
  [/ου/gu, 'u'], [/Ου/gu, 'U'], [/ού/gu, 'u'], [/Ού/gu, 'U'], [/ΟΥ/gu, 'U'],
  [/γκ/gu, 'g'], [/Γκ/gu, 'G'], [/μπ/gu, 'b'], [/Μπ/gu, 'B'], [/ντ/gu, 'd'], [/Ντ/gu, 'D'],
];
const greek = /[Ͱ-Ͽἀ-῿]/u;
/** Armenian ու is one vowel, u; any-ascii spells it letter by letter, "ow" ("Լուկաշենկո" → "Lowkashenko"). */
const armenianU: readonly [RegExp, string][] = [[/ու/gu, 'u'], [/Ու/gu, 'U'], [/ՈՒ/gu, 'U']];
const armenian = /[\u0531-\u058F]/u;

/**
 * The Latin spelling of a word in any script (Cyrillic, Greek, Georgian…),
 * letters and digits only: any-ascii writes the soft sign as an apostrophe
 * ("Belarus'") and Georgian ejectives with one ("k'"), which no alias has.
 */
export function toLatin(word: string): string {
  const digraphs = greek.test(word) ? greekDigraphs : armenian.test(word) ? armenianU : [];
  const spelled = digraphs.reduce((w, [re, latin]) => w.replace(re, latin), word);
  return anyAscii(spelled).replace(/[^A-Za-z0-9]/g, '');
}

/**
 * Any text's words in ASCII, for URLs: each word `Intl.Segmenter` finds (it knows the words of
 * Chinese, Japanese, Thai and other scripts written without spaces) spelt by any-ascii in lower
 * case, with what any-ascii writes for letters of no Latin sound (Hebrew ע as `'`) dropped, so a
 * word stays one word: '明斯克工厂' → 'mingsike gongchang', 'מפעל' → 'mpl'.
 */
export function asciiWords(text: string): string {
  const words: string[] = [];
  for (const { segment, isWordLike } of wordSegmenter().segment(text)) {
    if (!isWordLike) continue;
    const word = anyAscii(segment).toLowerCase().replace(/[^a-z0-9]/g, '');
    if (word) words.push(word);
  }
  return words.join(' ');
}

/**
 * Russian, Ukrainian and Belarusian case endings in Latin letters, merged by
 * base ending: `a` → {a, y, i, e, u, oy, oyu, …}. A Latin name ending in `a`
 * ("Lukashenka") and a Cyrillic word transliterated ("Лукашэнку" → "Lukashenku")
 * meet on the key "Lukashenk|a". Merging the three languages keeps one key per
 * name, which is all a letter-by-letter match can tell apart anyway.
 */
const latinEndings = (() => {
  const byLemma = new Map<string, Set<string>>();
  for (const language of languagesByScript.cyrillic) {
    for (const paradigm of paradigms[language] ?? []) {
      for (const lemma of paradigm.lemma) {
        const latinLemma = toLatin(lemma);
        if (lemma !== '' && latinLemma === '') continue; // a soft sign alone: no Latin ending to go by
        const set = byLemma.get(latinLemma) ?? new Set<string>();
        for (const ending of paradigm.endings) set.add(toLatin(ending));
        byLemma.set(latinLemma, set);
      }
    }
  }
  return { lemmas: [...byLemma.keys()], ...indexEndings([...byLemma].flatMap(([lemma, endings]) => [...endings].map((e) => [e, lemma] as const))) };
})();

const latinConsonantFinal = /[bcdfghjklmnpqrstvwxz]$/i;

/** The Latin-spelling case keys of a Latin base form ("Lukashenko" → "Lukashenk|o"); stems of three letters or more. */
export function latinCaseKeys(word: string): string[] {
  const keys: string[] = [];
  for (const lemma of latinEndings.lemmas) {
    if (!word.endsWith(lemma)) continue;
    const stem = word.slice(0, word.length - lemma.length);
    if (stem.length >= 3 && (lemma !== '' || latinConsonantFinal.test(stem))) keys.push(`${stem}|${lemma}`);
  }
  return keys;
}

/** Calls `visit` with every Latin-spelling case key a transliterated word could have. */
export function forEachLatinCaseKey(latin: string, visit: (key: string) => void): void {
  forEachEnding(latin, latinEndings, 3, latinConsonantFinal, (stem, lemma) => visit(`${stem}|${lemma}`));
}
