/**
 * Country names in every language i18n-iso-countries ships (its node entry
 * registers all its locales; `getSupportedLanguages()` lists them): every ISO
 * 3166-1 code with its names per language, checked by a schema as they load.
 */
import countries from 'i18n-iso-countries';
import { z } from 'zod';

const localeNames = z.record(z.string(), z.array(z.string()));

/** The languages whose country names are loaded, English first, then in code order. */
export const countryLanguages: readonly string[] = ['en', ...countries.getSupportedLanguages().filter((l) => l !== 'en').sort()];

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

/** Every ISO 3166-1 alpha-2 code, in code order, with its usable names per language. */
export function loadCountryNames(): CountryNames[] {
  const byLanguage = countryLanguages.map((language) => [language, localeNames.parse(countries.getNames(language, { select: 'all' }))] as const);
  if (Object.keys(byLanguage[0]?.[1] ?? {}).length === 0) throw new Error('i18n-iso-countries has no English names: its locales were not registered');
  const codes = Object.keys(byLanguage[0]?.[1] ?? {}).sort();
  return codes.map((code) => {
    const names: Record<string, string[]> = {};
    for (const [language, countries] of byLanguage) {
      const raw = countries[code];
      const list = [...new Set((raw ?? []).flatMap((n) => proseForm(n, language) ?? []))];
      if (list.length > 0) names[language] = list;
    }
    return { code, names };
  });
}
