/**
 * The forms an entity is matched by: its name, aliases and names in languages,
 * their case variants, and the forms the fallback trie (tag-fold.ts) compiles.
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
 */
import { adjectiveRules } from './adjective-rules';
import { excludedCountryNames } from './country-names';
import { nationalityAdjectives } from './nationality-adjectives';
import type { Entity } from '../schema';
import type { FoldForm } from './tag-fold';
import { isAllCaps, isCapitalised, upperFirst } from './tokens';
import { isCyrillic } from './transliterate';

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

/**
 * A country's name in one language, written in Latin capitals: matched only in that language (see the case rules
 * above). English ones are not scoped: the press of every language borrows "US" and "UK".
 */
export const scopedForm = (e: Entity, form: { text: string; language: string | null }) =>
  form.language !== null && form.language !== 'en' && e.type === 'country' && isAllCaps(form.text) && /\p{Script=Latin}/u.test(form.text);

/**
 * An entity's forms for the fallback trie. Names in a language inflect by its
 * paradigms; the name and aliases (written in English) do not, but a Cyrillic
 * spelling of them counts, unless the entity lists its Cyrillic names itself
 * (every country does): then those, not a letter-by-letter guess, decide, so
 * "Мінскі" (plural adjective) is not taken for "Minsk".
 */
export function foldForms(e: Entity, derive: boolean): FoldForm[] {
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
