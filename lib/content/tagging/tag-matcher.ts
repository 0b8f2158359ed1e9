/**
 * The entity matcher: every surface form of every gazetteer entry compiled into
 * one token trie, so an article is scanned once, token by token, whatever the
 * number of entities.
 *
 * Case rules (documented for editors in content/entities.yaml):
 * - a form with no lowercase letters ("MAZ", "EU", "STILET", "S-300PS") matches
 *   only as written, so "EUR", "Maz" and "Stilet" are not mentions of it; a
 *   spelling such as "Stilet" resolves only if the gazetteer lists it;
 * - a capitalised form ("Tor", "Belarus") matches as written, never in lowercase
 *   ("tor"); when it has at least four letters its ALL-CAPS form matches too
 *   ("BELARUS" in a shouted headline; "TOR" is left alone, it is too often
 *   another acronym);
 * - a form an editor writes in lowercase also matches with a capital first
 *   letter, at the start of a sentence;
 * - a country's name in one language written in Latin capitals ("SAM", Irish
 *   for the United States; "VS", Dutch; "ABD", Turkish) matches only in a text
 *   of that language: elsewhere the same letters are another acronym (a
 *   surface-to-air missile, "versus", a company's "S.A.").
 * At each token the longest form wins ("Kazakhstan Aselsan Engineering" rather
 * than "Kazakhstan" then "Aselsan"); matches never overlap. Where no form
 * matches as written, inflected and Cyrillic spellings get a second chance
 * (lib/content/tagging/tag-fold.ts).
 */
import { excludedCountryNames } from './country-names';
import { languagesByScript } from './paradigms';
import type { Entity } from '../schema';
import { type TextLanguages, textWordKeys } from './fold-word-keys';
import { findSpelledName, isCommonCjkWord, isLoneHan, isThai } from './spelled-names';
import { compileFold, findFoldMatch, type FoldForm, type FoldMatcher } from './tag-fold';
import { adjectiveRules } from './adjective-rules';
import { nationalityAdjectives } from './nationality-adjectives';
import { cliticReadings, mayHaveClitic, mayHavePrefix } from './clitics';
import { compoundHead } from './compounds';
import { isAllCaps, isCapitalised, stepKey, tokenize, type Token, upperFirst } from './tokens';
import { isCyrillic, toLatin } from './transliterate';

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

/** The case variants of a form that the rules above also accept (the form itself excluded). */
export function caseVariants(form: string): string[] {
  if (isAllCaps(form)) return [];
  if (isCapitalised(form)) {
    const letters = form.match(/\p{L}/gu)?.length ?? 0;
    return letters >= 4 ? [form.toUpperCase()] : [];
  }
  if (/^\p{Ll}/u.test(form)) return [upperFirst(form)];
  return [];
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
 * A country's name in one language, written in Latin capitals: matched only in that language (see the case rules
 * above). English ones are not scoped: the press of every language borrows "US" and "UK".
 */
const scopedForm = (e: Entity, form: { text: string; language: string | null }) =>
  form.language !== null && form.language !== 'en' && e.type === 'country' && isAllCaps(form.text) && /\p{Script=Latin}/u.test(form.text);

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

/**
 * An entity's forms for the fallback trie. Names in a language inflect by its
 * paradigms; the name and aliases (written in English) do not, but a Cyrillic
 * spelling of them counts, unless the entity lists its Cyrillic names itself
 * (every country does): then those, not a letter-by-letter guess, decide, so
 * "Мінскі" (plural adjective) is not taken for "Minsk".
 */
function foldForms(e: Entity, derive: boolean): FoldForm[] {
  const transliterate = e.type !== 'country' && !Object.values(e.names ?? {}).flat().some(isCyrillic);
  const forms: FoldForm[] = matchableForms(e).map(({ text, language }) => ({
    entity: e.slug,
    text,
    language,
    transliterate: transliterate && language === null,
    ...(derive && language !== null ? { derive: 'rules' as const } : {}),
    skeleton: e.type !== 'country' && language === null,
  }));
  const adjective = (language: string) => (text: string): FoldForm => ({ entity: e.slug, text, language, transliterate: false, derive: 'adjective' });
  // The editor's adjectives, written in lowercase ("vitrysk", "sovětský"), in a language whose adjectives inflect by endings alone.
  const written = Object.entries(e.names ?? {}).flatMap(([language, names]) => (adjectiveRules[language] ? names.filter((n) => /^\p{Ll}/u.test(n)).map(adjective(language)) : []));
  if (!derive || e.iso === undefined) return [...forms, ...written];
  const iso = e.iso;
  // CLDR's adjectives of a country the editor lists.
  const adjectives = Object.entries(e.names ?? {}).flatMap(([language, names]) => nationalityAdjectives(iso, language, names).map(adjective(language)));
  return [...forms, ...written, ...adjectives];
}

/**
 * The forms an entity is matched by, with their language (null for the name
 * and aliases): every form, except that a country (one with `iso`) never
 * matches a name on the excluded list (country-names.ts), which the display
 * name of a generated country may be.
 */
export function matchableForms(e: Entity): { text: string; language: string | null }[] {
  const all = [
    ...[e.name, ...e.aliases].map((text) => ({ text, language: null })),
    ...Object.entries(e.names ?? {}).flatMap(([language, list]) => list.map((text) => ({ text, language }))),
  ];
  return e.iso ? all.filter((f) => !excludedCountryNames.has(f.text)) : all;
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

/** A word of a script without case: Georgian (written in one case, Unicode's lowercase), Devanagari, Han… */
const caseless = /^[\p{Lo}\p{Script=Georgian}\p{M}]+$/u;

/** Whether `tokens[k]` is a lone Han character joined to `tokens[joinedTo]` (the token next to it) that is no common word ("乌" of 马里|乌|波|尔, not "的"). */
function loneHan(tokens: readonly Token[], k: number, joinedTo: number): boolean {
  const t = tokens[k];
  const other = tokens[joinedTo];
  if (!t || !other || !isLoneHan(t.text)) return false;
  const joined = k > joinedTo ? other.end === t.start : t.end === other.start;
  return joined && !isCommonCjkWord(t.text);
}

/**
 * Whether a match in Chinese or Japanese text is only the edge of a longer
 * word the segmenter did not know: two or more lone characters run on from
 * it, as in 马里|乌|波|尔 (Mariupol), whose first two characters spell Mali.
 */
function insideUnknownWord(tokens: readonly Token[], first: number, last: number): boolean {
  const after = loneHan(tokens, last + 1, last) && loneHan(tokens, last + 2, last + 1);
  const before = loneHan(tokens, first - 1, first) && loneHan(tokens, first - 2, first - 1);
  return after || before;
}

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
