/**
 * Country names in every language i18n-iso-countries ships (its node entry
 * registers all its locales; `getSupportedLanguages()` lists them), with CLDR's
 * region names (the runtime's `Intl.DisplayNames`) beside them, and alone for
 * the languages CLDR knows and the package does not (Gujarati, Sinhala,
 * Punjabi, Telugu, Burmese, Yoruba…): every ISO 3166-1 code with its names
 * per language, checked by a schema as they load.
 */
import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { scriptOfLanguage } from '../extract/script/text-script';
import { cldrLanguages } from '../extract/script/script-tables';
import { stopwordLanguages } from './common-words';
import { isAllCaps } from './tokens';

const localeNames = z.record(z.string(), z.array(z.string()));

/** The languages i18n-iso-countries ships country names for, English first, then in code order. */
export const countryLanguages: readonly string[] = ['en', ...countries.getSupportedLanguages().filter((l) => l !== 'en').sort()];

/**
 * The languages CLDR has region names for that i18n-iso-countries lacks, written
 * in a script none of its languages writes (Gujarati, Gurmukhi, Sinhala, Telugu,
 * Kannada, Odia, Lao, Burmese, Tibetan…), in code order. Their names come from
 * CLDR alone, and only where they differ from CLDR's English name (a language
 * with little CLDR data answers some codes in English, which English already
 * matches). In a script other languages share, a name CLDR spells for a
 * language nobody tuned on meets those languages' words: the Latin-script ones
 * (Wolof, Lingala, Akan, Frisian…) spell countries "Gana", "Toko", "Chili",
 * "Malt", "Siri", Ossetian spells France "Франц", and no stopword list holds
 * such words, so they stay out until the tagger can scope a name to its language.
 */
function cldrOnlyLanguages(): readonly string[] {
  const shipped = new Set(countryLanguages);
  const taken = new Set(countryLanguages.map(scriptOfLanguage));
  return cldrLanguages().filter((l) => !shipped.has(l) && !taken.has(scriptOfLanguage(l)) && Intl.DisplayNames.supportedLocalesOf([l]).length > 0);
}

/**
 * Names that are also common words or given names somewhere the archive reads,
 * so a match would too often be wrong. They are left out of every language,
 * each with the reason content:check and the tests can show.
 */
export const excludedCountryNames: ReadonlyMap<string, string> = new Map([
  ['Того', 'Russian and Ukrainian pronoun "того" (of that), capitalised at the start of a sentence'],
  ['Chad', 'English given name'],
  ['Jordan', 'English given name, and the river'],
  ['Georgia', 'also the US state; the country is found by its names in other languages and by "Georgian"'],
  ['Jersey', 'part of "New Jersey", the US state'],
  ['Maurice', 'French given name (Mauritius is "Maurice" in French)'],
  ['Kuba', 'Polish given name (Cuba is "Kuba" in Polish and German)'],
  ['Island', 'an English word (Iceland is "Island" in German)'],
]);

/**
 * Why a country name is left out, or null: a hand-listed exclusion above, or a
 * stopword of some language that does not itself use it as a country's name
 * ("Man" is English for a person, "Benim" Turkish for "my", "Bara" Swedish for
 * "only"; Malay lists "China" among its stopwords, and Malay names China so).
 * An acronym matches only in capitals, so stopwords do not concern it.
 */
export function exclusionOf(form: string, usedAsNameIn: ReadonlySet<string>): string | null {
  const listed = excludedCountryNames.get(form);
  if (listed) return listed;
  if (isAllCaps(form)) return null;
  const common = stopwordLanguages(form).filter((l) => !usedAsNameIn.has(l));
  return common.length > 0 ? `a common word (stopwords-iso: ${common.join(', ')})` : null;
}

/**
 * A catalogue entry as prose writes it, or null. Bracketed qualifiers go
 * ("Falkland Islands (Malvinas)" → "Falkland Islands"); English inversions are
 * undone ("Moldova, Republic of" → "Moldova", "Virgin Islands, British" →
 * "British Virgin Islands"); any other comma form is dropped.
 */
export function proseForm(name: string, language: string): string | null {
  const plain = name.replace(/\s*\([^)]*\)/g, '').trim();
  if (!plain.includes(',')) return plain || null;
  if (language !== 'en') return null;
  const qualifier = /^([^,]+), [^,]* of(?: the)?$/.exec(plain);
  if (qualifier?.[1]) return qualifier[1];
  const inverted = /^([^,]+), (\S+)$/.exec(plain);
  return inverted?.[1] && inverted[2] ? `${inverted[2]} ${inverted[1]}` : null;
}

/** Names of one country per language, base forms as the locale files give them. */
export type CountryNames = { code: string; names: Record<string, string[]> };

/**
 * CLDR's name of a region in a language, from the runtime's Intl data, or null
 * where the runtime has no data for the language (it would answer in English).
 */
function cldrRegionNames(language: string): ((code: string) => string | null) {
  const supported = Intl.DisplayNames.supportedLocalesOf([language]).length > 0;
  const names = supported ? new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }) : null;
  return (code) => names?.of(code) ?? null;
}

/** Every ISO 3166-1 alpha-2 code, in code order, with its usable names per language (i18n-iso-countries, then CLDR). */
export function loadCountryNames(): readonly CountryNames[] {
  loaded ??= readCountryNames();
  return loaded;
}

let loaded: CountryNames[] | null = null;

function readCountryNames(): CountryNames[] {
  const shipped = countryLanguages.map((language) => [language, localeNames.parse(countries.getNames(language, { select: 'all' })), cldrRegionNames(language)] as const);
  if (Object.keys(shipped[0]?.[1] ?? {}).length === 0) throw new Error('i18n-iso-countries has no English names: its locales were not registered');
  const english = cldrRegionNames('en');
  const none: Record<string, string[]> = {};
  const cldrOnly = cldrOnlyLanguages().map((language) => {
    const of = cldrRegionNames(language);
    return [language, none, (code: string) => { const name = of(code); return name === english(code) ? null : name; }] as const;
  });
  const byLanguage = [...shipped, ...cldrOnly];
  const codes = Object.keys(shipped[0]?.[1] ?? {}).sort();
  return codes.map((code) => {
    const names: Record<string, string[]> = {};
    for (const [language, countries, cldr] of byLanguage) {
      const raw = [...(countries[code] ?? []), cldr(code) ?? []].flat();
      const list = [...new Set(raw.flatMap((n) => proseForm(n, language) ?? []))];
      if (list.length > 0) names[language] = list;
    }
    return { code, names };
  });
}

/**
 * Regions CLDR names that are not countries but unions of them: their names in
 * every language the runtime's Intl data has. They have no ISO 3166-1 entry,
 * so they are found by their English name (country-entities.ts).
 */
const unionRegions: readonly string[] = ['EU', 'UN'];

/** The names of {@link unionRegions} per language, from CLDR only. */
export function loadUnionNames(): readonly CountryNames[] {
  if (unions) return unions;
  const perLanguage = [...countryLanguages, ...cldrOnlyLanguages()].map((language) => [language, cldrRegionNames(language)] as const);
  const english = cldrRegionNames('en');
  unions = unionRegions.map((code) => {
    const names: Record<string, string[]> = {};
    for (const [language, of] of perLanguage) {
      const name = of(code);
      if (name && (language === 'en' || name !== english(code))) names[language] = [name];
    }
    return { code, names };
  });
  return unions;
}

let unions: CountryNames[] | null = null;

/** For each country name (lowercase), the languages that use it as a country's name. */
export function nameLanguages(all: readonly CountryNames[]): Map<string, Set<string>> {
  const byForm = new Map<string, Set<string>>();
  for (const { names } of all) for (const [language, list] of Object.entries(names)) for (const f of list) byForm.set(f.toLowerCase(), (byForm.get(f.toLowerCase()) ?? new Set()).add(language));
  return byForm;
}
