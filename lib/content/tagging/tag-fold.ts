/**
 * The second chance of the entity matcher, for words no form matches as
 * written: inflected forms ("Росії" for "Росія", "belarussischen" for
 * "belarussisch") and Cyrillic spellings of Latin names ("Полонез" for
 * "Polonez", "Лукашэнку" for "Lukashenka").
 *
 * Every form is compiled into a second token trie whose steps are keys, not
 * words: `x` + the word as written, `s` + an inflection key (lib/content/tagging/inflection.ts),
 * `t` + a Latin spelling, `f` + a fold stem (fold-key.ts: "Lukaşenko",
 * "Λουκασένκο", "Fehéroroszországban"), scoped to the form's language (`*`
 * for the name and aliases, which any text may spell its own way). A word in the text yields every key it could have,
 * and a match needs all of its words to reach one node. Two safety rules:
 * a node that two entities reach is ambiguous and tags nothing (listed in
 * `ambiguous` for the editor), and this trie is only asked when the exact one
 * found nothing at that word, so an exact form of another entity always wins.
 */
import { adjectiveRules, adjectiveSpelling } from './adjective-rules';
import { adjectiveStems, namedAdjectiveStems, textAdjectiveStems } from './adjective-stems';
import { cliticReadings, mayHaveClitic } from './clitics';
import { isStopword } from './common-words';
import { consonantSkeleton, inConsonantScript, nameSkeletonKeys, textSkeletonKey } from './consonant-skeleton';
import { foldStem, textFoldStems } from './fold-key';
import { forEachInflectionKey, lemmaKeys } from './inflection';
import { stepKey, type Token, upperFirst } from './tokens';
import { forEachLatinCaseKey, isCyrillic, latinCaseKeys, toLatin } from './transliterate';
import { stripMarks } from '../fold-text';

/** A trie node; `next` stays null on a leaf, which most nodes are. */
type FoldNode = { next: Map<string, FoldNode> | null; entities: Set<string> | null };

/** The compiled fallback trie, and the keys it refuses because two entities share them. */
export type FoldMatcher = {
  root: FoldNode;
  /**
   * The first three letters of every key that can start a match, as written
   * (`x`, `s` keys) and in Latin spelling (`t` keys): a cheap filter before a
   * word's keys are worked out.
   */
  starts: { written: Set<string>; latin: Set<string>; adjective: Set<string> };
  ambiguous: { form: string; entities: string[] }[];
};

/**
 * One surface form to compile: its language when it is a base form in that
 * language, whether Cyrillic spellings of it count, whether nationality
 * adjectives are derived from it by rule (`rules`: a country's names in a
 * language) or it is itself a nationality adjective that only its inflected
 * forms should meet (`adjective`; nationality-adjectives.ts), and whether its consonant skeleton meets Arabic, Hebrew,
 * Devanagari, kana and Chinese spellings (fold-key.ts; a one-word Latin name).
 */
export type FoldForm = { entity: string; text: string; language: string | null; transliterate: boolean; derive?: 'rules' | 'adjective'; skeleton?: boolean };

/** Latin spellings shorter than this are not matched from Cyrillic: "Тор" (Thor) is not "Tor". */
export const MIN_TRANSLITERATED = 5;

/** A fold stem of a name or alias (any language may spell it) needs this many letters: "Skif" is not "Скиф" (Scythian). */
const MIN_FOLD_ANY = MIN_TRANSLITERATED;

/**
 * Whether a word is written as a name may be: with a capital, or in a script
 * that has none (Georgian writes its one case as Unicode lowercase).
 */
const startsLikeName = (word: string) => /^(?:\p{Lu}|\p{Lo}|\p{Script=Georgian})/u.test(word);

/**
 * Chinese characters and kana spell words, not sounds of a foreign alphabet:
 * their Latin spelling letter by letter would make "中俄" (China–Russia) a
 * case of "中国". They get no fold stem; a foreign name spelt in them is
 * reached by its consonant skeleton (fold-key.ts) instead.
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
function formWordKeys(word: string, language: string | null, transliterate: boolean, alone: boolean): string[] {
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

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
const isShouted = (w: string) => w.length >= 4 && w === w.toUpperCase() && w !== w.toLowerCase();

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
 * Whether some key of `word` could start a match. Every key's text begins with
 * the word's first three letters (stems keep at least three), or with their
 * Latin spelling, so three set lookups rule out almost every word.
 */
function mayStart(starts: FoldMatcher['starts'], word: string, language: string | null): boolean {
  if (starts.written.has(word.slice(0, 3)) || startsLikeName(word)) return true;
  if (language !== null && adjectiveRules[language] && (mayHaveClitic(word) || starts.adjective.has(adjectiveSpelling(word.slice(0, 5), language).slice(0, 3)))) return true;
  const c = word.charCodeAt(0);
  if (c >= 0x400 && c <= 0x4ff && starts.latin.has(toLatin(word.slice(0, 6)).slice(0, 3))) return true;
  return mayBeShouted(word) && isShouted(word) && mayStart(starts, capitalise(word), language);
}

/** A cheap test before {@link isShouted}: the second letter is a Latin or Cyrillic capital. */
function mayBeShouted(word: string): boolean {
  const c = word.charCodeAt(1);
  return word.length >= 4 && ((c >= 65 && c <= 90) || (c >= 0x400 && c <= 0x42f));
}

/** Inserts one form's word keys (one list per word, with the separators before each word) and returns its last nodes. */
function insertPaths(root: FoldNode, words: { separator: string; keys: string[] }[]): FoldNode[] {
  let level: FoldNode[] = [root];
  words.forEach(({ separator, keys: all }, i) => {
    // A long form with many keys per word would multiply paths: past a bound it only matches as written.
    const keys = level.length * all.length > 64 ? all.slice(0, 1) : all;
    const next: FoldNode[] = [];
    for (const node of level) {
      for (const key of keys) {
        const k = i === 0 ? key : stepKey(separator, key);
        node.next ??= new Map();
        let child = node.next.get(k);
        if (!child) {
          child = { next: null, entities: null };
          node.next.set(k, child);
        }
        next.push(child);
      }
    }
    level = next;
  });
  return level;
}

/**
 * Compiles forms into the fallback trie. A form none of whose words has a key
 * beyond its own spelling is left to the exact trie.
 */
export function compileFold(forms: readonly FoldForm[]): FoldMatcher {
  const root: FoldNode = { next: new Map(), entities: null };
  const ambiguous: FoldMatcher['ambiguous'] = [];
  for (const form of forms) {
    const variants = /^\p{Ll}/u.test(form.text) ? [form.text, upperFirst(form.text)] : [form.text];
    for (const variant of variants) {
      const matches = [...variant.matchAll(/[\p{L}\p{M}\p{N}]+/gu)];
      const words = matches.map((w, i) => {
        const previous = matches[i - 1];
        const separator = previous ? variant.slice((previous.index ?? 0) + previous[0].length, w.index) : '';
        return { separator, keys: formWordKeys(w[0], form.language, form.transliterate, matches.length === 1) };
      });
      const paths = form.derive === 'adjective' || words.every((w) => w.keys.length === 1) ? [] : [words];
      const last = matches[matches.length - 1]?.[0];
      if (form.derive && form.language !== null && last !== undefined && variant === form.text) {
        // The adjective keeps the words before the last as written ("Wit-Russische" from "Wit-Rusland").
        const stems = form.derive === 'adjective' ? namedAdjectiveStems(last, form.language) : adjectiveStems(last, form.language);
        if (stems.length > 0) paths.push([...words.slice(0, -1).map((w) => ({ ...w, keys: [w.keys[0] ?? ''] })), { separator: words[words.length - 1]?.separator ?? '', keys: stems.map((s) => `a${form.language ?? ''}:${s}`) }]);
      }
      const skeletons = form.skeleton && matches.length === 1 && last !== undefined && !inConsonantScript(last) ? nameSkeletonKeys(last) : [];
      if (skeletons.length > 0 && variant === form.text) paths.push([{ separator: '', keys: skeletons.map((k) => `k${k}`) }]);
      for (const path of paths) {
        for (const node of insertPaths(root, path)) {
          node.entities ??= new Set();
          if (node.entities.size > 0 && !node.entities.has(form.entity)) {
            ambiguous.push({ form: `${form.text} (${form.language ?? 'any'})`, entities: [...node.entities, form.entity].sort() });
          }
          node.entities.add(form.entity);
        }
      }
    }
  }
  const firstKeys = [...(root.next?.keys() ?? [])];
  const starts = {
    written: new Set(firstKeys.filter((k) => k.startsWith('x') || k.startsWith('s')).map((k) => k.slice(1, 4))),
    latin: new Set(firstKeys.filter((k) => k.startsWith('t')).map((k) => k.slice(1, 4))),
    adjective: new Set(firstKeys.filter((k) => k.startsWith('a')).map((k) => k.slice(k.indexOf(':') + 1, k.indexOf(':') + 4))),
  };
  return { root, starts, ambiguous };
}

/**
 * The longest fallback match starting at `tokens[i]`: its last token and entity,
 * or null when nothing matches or the longest match is ambiguous.
 */
export function findFoldMatch(
  fold: FoldMatcher,
  text: string,
  tokens: readonly Token[],
  i: number,
  keysOf: (word: string) => string[],
  language: string | null = null,
): { last: number; entity: string } | null {
  const first = tokens[i]?.text;
  if (first === undefined || !mayStart(fold.starts, first, language)) return null;
  let level: FoldNode[] = [fold.root];
  let best: { last: number; entities: Set<string> } | null = null;
  for (let j = i; j < tokens.length && level.length > 0; j += 1) {
    const token = tokens[j];
    const previous = tokens[j - 1];
    if (!token) break;
    const prefix = j === i || !previous ? '' : stepKey(text.slice(previous.end, token.start), '');
    const next: FoldNode[] = [];
    for (const node of level) {
      for (const key of keysOf(token.text)) {
        const child = node.next?.get(prefix + key);
        if (child && !next.includes(child)) next.push(child);
      }
    }
    const found = new Set(next.flatMap((n) => [...(n.entities ?? [])]));
    if (found.size > 0) best = { last: j, entities: found };
    level = next;
  }
  if (!best || best.entities.size !== 1) return null;
  const [entity] = best.entities;
  return entity === undefined ? null : { last: best.last, entity };
}

const hanLetter = /^\p{Script=Han}$/u;
const thaiWord = /^[\u0E00-\u0E7F]+$/u;

/** Whether a token is Thai: a foreign name spelt in Thai is no word the segmenter knows either, and comes out in pieces (ลูก|า|เชน|โก). */
export const isThai = (word: string) => {
  const c = word.charCodeAt(0);
  return c >= 0x0e00 && c <= 0x0e7f && thaiWord.test(word); // the code test first: this runs for every word no form matched
};

/** Whether a token is one Han character (a segment the segmenter could not join into a word). */
export const isLoneHan = (word: string) => hanLetter.test(word);

/** Whether a word is a common word of Chinese or Japanese (的, 将, 在), which a spelled name does not open with. */
export const isCommonCjkWord = (word: string) => isStopword(word, 'zh') || isStopword(word, 'ja');

/**
 * A name Chinese spells in characters chosen for their sound is no word the
 * segmenter knows: it comes out as lone characters (卢|卡|申|科), and a name
 * spelt in Thai as pieces (ลูก|า|เชน|โก). The longest
 * run of three to eight such pieces from `tokens[i]`, the first no
 * common word (的, 将, 在; 尔 ends many spelled names), joined, whose consonant skeleton is one entity's,
 * or null.
 */
export function findSpelledName(fold: FoldMatcher, tokens: readonly Token[], i: number): { last: number; entity: string } | null {
  let joined = '';
  const ends: { last: number; skeleton: string | null }[] = [];
  for (let j = i; j < tokens.length && j < i + 8; j += 1) {
    const t = tokens[j];
    const previous = tokens[j - 1];
    if (!t || !(isLoneHan(t.text) || isThai(t.text)) || (j > i && previous?.end !== t.start) || (j === i && isCommonCjkWord(t.text))) break;
    joined += t.text;
    if (j > i + 1) ends.push({ last: j, skeleton: consonantSkeleton(joined) });
  }
  for (const { last, skeleton } of ends.reverse()) {
    const entities = skeleton ? fold.root.next?.get(`k${skeleton}`)?.entities : null;
    const [entity] = entities ?? [];
    if (entities?.size === 1 && entity !== undefined) return { last, entity };
  }
  return null;
}
