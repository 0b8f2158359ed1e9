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
 * for the name and aliases, which any text may spell its own way); fold-word-keys.ts works them out. A word in the text yields every key it could have,
 * and a match needs all of its words to reach one node. Two safety rules:
 * a node that two entities reach is ambiguous and tags nothing (listed in
 * `ambiguous` for the editor), and this trie is only asked when the exact one
 * found nothing at that word, so an exact form of another entity always wins.
 */
import { adjectiveRules, adjectiveSpelling } from './adjective-rules';
import { adjectiveStems, namedAdjectiveStems } from './adjective-stems';
import { mayHaveClitic } from './clitics';
import { inConsonantScript, nameSkeletonKeys } from './consonant-skeleton';
import { capitalise, formWordKeys, isShouted, startsLikeName } from './fold-word-keys';
import { stepKey, type Token, upperFirst } from './tokens';
import { toLatin } from './transliterate';

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
 * Devanagari, kana and Chinese spellings (consonant-skeleton.ts; a one-word Latin name).
 */
export type FoldForm = { entity: string; text: string; language: string | null; transliterate: boolean; derive?: 'rules' | 'adjective'; skeleton?: boolean };

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
