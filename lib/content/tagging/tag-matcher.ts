/**
 * The entity matcher: every surface form of every gazetteer entry compiled into
 * one token trie, so an article is scanned once, token by token, whatever the
 * number of entities.
 *
 * The forms and their case rules are in entity-forms.ts. At each token the
 * longest form wins ("Kazakhstan Aselsan Engineering" rather than "Kazakhstan"
 * then "Aselsan"); matches never overlap. Where no form matches as written,
 * inflected and Cyrillic spellings get a second chance
 * (lib/content/tagging/tag-fold.ts).
 */
import type { Entity } from '../schema';
import { cliticReadings, mayHaveClitic, mayHavePrefix } from './clitics';
import { compoundHead } from './compounds';
import { caseVariants, foldForms, matchableForms, scopedForm } from './entity-forms';
import { inflectionLanguages, textWordKeys } from './fold-word-keys';
import { findSpelledName, insideUnknownWord, isThai } from './spelled-names';
import { compileFold, findFoldMatch, type FoldMatcher } from './tag-fold';
import { isAllCaps, stepKey, tokenize, type Token } from './tokens';
import { toLatin } from './transliterate';

/** A trie node; `languages` is where its form may match: null in a text of any language, else only in these. */
type TrieNode = { next: Map<string, TrieNode>; entity: string | null; languages: Set<string> | null };

/** A compiled gazetteer, ready for {@link findMatches}. */
export type Matcher = {
  root: TrieNode;
  /** How many distinct token sequences the trie holds (explicit forms and case variants). */
  size: number;
  /** The fallback for inflected and transliterated words. */
  fold: FoldMatcher;
  /** Every one-word form written in capitals ("NATO"), for its spellings in other scripts ("ΝΑΤΟ", "ნატო", "नाटो"). */
  acronyms: Set<string>;
};

/** One match of a surface form in a text, `[start, end)` in that text. */
export type Match = { entity: string; start: number; end: number; surface: string };

/** The token-sequence keys of a surface form, or null when it has no word in it. */
function keysOf(form: string): string[] | null {
  const tokens = tokenize(form);
  const first = tokens[0];
  if (!first) return null;
  return tokens.map((t, i) => {
    const previous = tokens[i - 1];
    return previous ? stepKey(form.slice(previous.end, t.start), t.text) : t.text;
  });
}

/** Inserts a form's keys; `language` scopes it to texts of one language (null: any). False when the node was taken. */
function insert(root: TrieNode, keys: string[], entity: string, language: string | null = null): boolean {
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) {
      child = { next: new Map(), entity: null, languages: null };
      node.next.set(key, child);
    }
    node = child;
  }
  if (node.entity === entity && node.languages !== null) {
    // The same form again for the same entity: its scope widens (to every language when this one has none).
    if (language === null) node.languages = null;
    else node.languages.add(language);
    return false;
  }
  if (node.entity !== null) return false;
  node.entity = entity;
  node.languages = language === null ? null : new Set([language]);
  return true;
}

/** The entity a node names in a text of `language`, or null (none, or a form scoped to other languages). */
const entityIn = (node: TrieNode | undefined, language: string | null): string | null =>
  node?.entity != null && (node.languages === null || (language !== null && node.languages.has(language))) ? node.entity : null;

/**
 * Compiles entities into a matcher. Each entity's name and aliases are its
 * surface forms. Forms written by the editor are inserted before any case
 * variant, so an explicit form always beats a variant of another entity's form;
 * between two explicit forms the first entity wins (the gazetteer loader
 * reports such a clash as an error before it gets here).
 *
 * `deriveAdjectives` picks the countries whose nationality adjectives are
 * derived by rule (adjective-stems.ts, nationality-adjectives.ts): by default every entity with an `iso`; the
 * pipeline passes the countries the editor lists, so the two hundred generated
 * ones do not multiply the chance that a common word (Italian "romano") is
 * read as a country's adjective. An adjective the editor writes in lowercase
 * in `names` inflects by its language's endings whatever the entity.
 */
export function compileMatcher(entities: readonly Entity[], deriveAdjectives: (e: Entity) => boolean = (e) => e.iso !== undefined): Matcher {
  const root: TrieNode = { next: new Map(), entity: null, languages: null };
  let size = 0;
  const forms = (e: Entity) => matchableForms(e).map((f) => f.text);
  for (const e of entities) {
    for (const form of matchableForms(e)) {
      const keys = keysOf(form.text);
      if (keys && insert(root, keys, e.slug, scopedForm(e, form) ? form.language : null)) size += 1;
    }
  }
  for (const e of entities) {
    for (const form of forms(e)) {
      for (const variant of caseVariants(form)) {
        const keys = keysOf(variant);
        if (keys && insert(root, keys, e.slug)) size += 1;
      }
    }
  }
  // Read in another script: acronyms of every language ("삼", three in Korean, is no "SAM") said as a word, with a
  // vowel among their first two letters (NATO: "नाटो"); one said letter by letter (HSE) is spelt there by the letters'
  // names, never as bare consonants (Gujarati "હશે", will be, is "hse" in Latin letters).
  const acronyms = new Set(entities.flatMap((e) => matchableForms(e).filter((f) => !scopedForm(e, f)).map((f) => f.text)).filter((f) => /^[A-Z]{3,}$/.test(f) && /^[^AEIOU]?[AEIOU]/.test(f)));
  return { root, size, acronyms, fold: compileFold(entities.flatMap((e) => foldForms(e, deriveAdjectives(e)))) };
}

/** A word of a script without case: Georgian (written in one case, Unicode's lowercase), Devanagari, Han… */
const caseless = /^[\p{Lo}\p{Script=Georgian}\p{M}]+$/u;

/** The longest exact match starting at `tokens[i]`, its first word read as `firstWord`. */
function walkExact(matcher: Matcher, text: string, tokens: readonly Token[], i: number, firstWord: string, language: string | null): { last: number; entity: string } | null {
  let node = matcher.root.next.get(firstWord);
  let best: { last: number; entity: string } | null = null;
  let j = i;
  while (node) {
    const entity = entityIn(node, language);
    if (entity !== null) best = { last: j, entity };
    const current = tokens[j];
    const following = tokens[j + 1];
    if (!current || !following) break;
    node = node.next.get(stepKey(text.slice(current.end, following.start), following.text));
    j += 1;
  }
  return best;
}

/**
 * Every entity mention in `text`, left to right, longest match first, never
 * overlapping. `language` (ISO 639-1, null when unknown) picks the inflection
 * rules; `keyCache` lets a caller share word keys across an article's blocks.
 */
export function findMatches(matcher: Matcher, text: string, language: string | null = null, keyCache = new Map<string, string[]>()): Match[] {
  const tokens = tokenize(text);
  const languages = inflectionLanguages(language);
  const keysOf = (word: string) => {
    let keys = keyCache.get(word);
    if (!keys) {
      keys = textWordKeys(word, languages);
      keyCache.set(word, keys);
    }
    return keys;
  };
  const matches: Match[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    let best = first ? walkExact(matcher, text, tokens, i, first.text, languages.text) : null;
    // Arabic and Hebrew write prefixes onto the name ("وروسيا", "בבלארוס"), Korean particles after it ("러시아의"): the readings without them, as written.
    if (!best && first && mayHaveClitic(first.text)) {
      for (const reading of cliticReadings(first.text)) {
        const found = walkExact(matcher, text, tokens, i, reading, languages.text);
        if (found && (!best || found.last > best.last)) best = found;
      }
    }
    // An acronym spelt in another script: Greek capitals (ΝΑΤΟ), or a script without case (ნატო, नाटो).
    if (!best && first && first.text.charCodeAt(0) >= 0x370 && !mayHavePrefix(first.text) && (isAllCaps(first.text) || caseless.test(first.text))) {
      const reading = toLatin(first.text).toUpperCase();
      if (matcher.acronyms.has(reading)) best = walkExact(matcher, text, tokens, i, reading, languages.text);
    }
    best ??= findFoldMatch(matcher.fold, text, tokens, i, keysOf, languages.text);
    // A name at the head of a closed compound ("Kremlinwoordvoerder"): the whole word mentions it.
    if (!best && first) {
      const entity = compoundHead(first.text, languages.text, (head) => entityIn(matcher.root.next.get(head), languages.text));
      if (entity !== null) best = { last: i, entity };
    }
    if (!best && first && (first.text.length === 1 || isThai(first.text))) best = findSpelledName(matcher.fold, tokens, i);
    if (best && first && first.text.charCodeAt(0) >= 0x2e80 && insideUnknownWord(tokens, i, best.last)) best = null;
    const start = first?.start ?? 0;
    const end = best ? tokens[best.last]?.end : undefined;
    if (best && end !== undefined) {
      matches.push({ entity: best.entity, start, end, surface: text.slice(start, end) });
      i = best.last + 1;
    } else {
      i += 1;
    }
  }
  return matches;
}
