/**
 * Nationality adjectives from CLDR (the runtime's Intl data), which names every
 * language in every language; in most languages that name is the nationality
 * adjective ("russo", "orosz", "ρωσικά", "რუსული", "ryska", "רוסית"). A
 * language belongs to the country its likely region is (Intl.Locale maximize:
 * be → BY, ru → RU, zh → CN), and its name is taken as the country's
 * adjective only when it opens like one of the country's names in that
 * language (so Belarus, whose likely language is Russian, does not get
 * "russo"; the United States does not get "inglese"). Where a language names
 * languages by nouns (Czech "ruština", Slovak, Slovene), and for Hungarian's
 * "<adjective>ország" countries, a few (cut, add) rules make the stem instead
 * (adjective-rules.ts, adjective-stems.ts).
 */
import { adjectiveRules, plainSpelling } from './adjective-rules';
import { withoutArticle } from './adjective-stems';

let likelyLanguages: Map<string, string[]> | null = null;
const displays = new Map<string, Intl.DisplayNames>();

/** The languages (ISO 639-1) whose likely region is each country, from CLDR's likely subtags: BY → be, RU → ru. */
function languagesByRegion(): Map<string, string[]> {
  if (likelyLanguages) return likelyLanguages;
  const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const map = new Map<string, string[]>();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      if (!english.of(code)) continue;
      const region = new Intl.Locale(code).maximize().region;
      if (region) map.set(region, [...(map.get(region) ?? []), code]);
    }
  }
  likelyLanguages = map;
  return map;
}

/**
 * The nationality adjectives of a country in `language`, from CLDR: the names
 * of the languages whose likely region it is, kept when one opens like one of
 * `names` (the country's names in `language`): the first two letters of the
 * last word in plain spelling agree ("bielorusso" and "Bielorussia", not
 * "russo"; "Pools" and "Polen"; "Wit-Russisch" and "Wit-Rusland").
 */
export function nationalityAdjectives(iso: string, language: string, names: readonly string[]): string[] {
  if (!adjectiveRules[language]?.languageNames) return [];
  const key = `${iso} ${language} ${names.join('\u0000')}`;
  let found = adjectiveCache.get(key);
  if (!found) {
    found = findNationalityAdjectives(iso, language, names);
    adjectiveCache.set(key, found);
  }
  return found;
}

const adjectiveCache = new Map<string, string[]>();

function findNationalityAdjectives(iso: string, language: string, names: readonly string[]): string[] {
  const opening = (s: string) => withoutArticle(plainSpelling(s.split(/[\s-]+/u).pop() ?? '')).slice(0, 2);
  const codes = languagesByRegion().get(iso) ?? [];
  if (codes.length === 0) return [];
  const openings = new Set(names.map(opening));
  const found = [language, ...(adjectiveRules[language]?.locales ?? [])].flatMap((locale) => {
    const display = languageNames(locale);
    return codes.flatMap((code) => {
      const name = display.of(code);
      return name && name !== code && openings.has(opening(name)) ? [name] : [];
    });
  });
  return [...new Set(found)];
}

/** CLDR's names of languages in `locale`, one formatter per locale. */
function languageNames(locale: string): Intl.DisplayNames {
  let display = displays.get(locale);
  if (!display) {
    display = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    displays.set(locale, display);
  }
  return display;
}
