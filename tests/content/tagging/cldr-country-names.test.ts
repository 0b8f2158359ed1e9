/**
 * Countries named in a language i18n-iso-countries has no names for, by CLDR's
 * region names (country-names.ts): a story in Gujarati, Punjabi, Sinhala,
 * Telugu, Burmese or Lao gets its countries, and no language that shares the
 * Latin or Cyrillic script with the archive's languages brings its spellings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withCountries } from '@/lib/content/tagging/country-entities';
import { countryLanguages, loadCountryNames } from '@/lib/content/tagging/country-names';
import { parseGazetteer } from '@/lib/content/tagging/gazetteer';
import { compileMatcher, findMatches } from '@/lib/content/tagging/tag-matcher';

const parsed = parseGazetteer(readFileSync('tests/fixtures/names-world/entities.yaml', 'utf8'), 'tests/fixtures/names-world/entities.yaml');
const matcher = compileMatcher(withCountries(parsed.entities).entities);
const slugs = (text: string, language: string) => [...new Set(findMatches(matcher, text, language).map((m) => m.entity))].sort();

// Sentences written for this test; each names Ukraine and Russia (or India) in the base form CLDR gives.
const stories: [string, string, string[]][] = [
  ['gu', 'યુક્રેન અને રશિયા વચ્ચે નવી વાતચીત શરૂ થઈ છે.', ['russia', 'ukraine']],
  ['pa', 'ਯੂਕਰੇਨ ਦੇ ਮੰਤਰੀ ਨੇ ਭਾਰਤ ਦਾ ਦੌਰਾ ਕੀਤਾ।', ['india', 'ukraine']],
  ['si', 'යුක්රේනය සහ රුසියාව අතර සාකච්ඡා නැවත ආරම්භ විය.', ['russia', 'ukraine']],
  ['te', 'ఉక్రెయిన్ మరియు రష్యా మధ్య చర్చలు మళ్లీ మొదలయ్యాయి.', ['russia', 'ukraine']],
  ['my', 'ယူကရိန်း နှင့် ရုရှား ဆွေးနွေးပွဲ', ['russia', 'ukraine']],
  ['lo', 'ການເຈລະຈາ ລະຫວ່າງ ຢູເຄຣນ ແລະ ຣັດເຊຍ', ['russia', 'ukraine']],
];

describe('country names from CLDR for languages the package lacks', () => {
  it.each(stories)('%s: tags the countries a story names', (language, text, expected) => {
    expect(slugs(text, language)).toEqual(expected);
  });

  it('names Ukraine in Gujarati, Punjabi, Sinhala and Telugu, none of which i18n-iso-countries ships', () => {
    for (const language of ['gu', 'pa', 'si', 'te']) expect(countryLanguages).not.toContain(language);
    const ua = loadCountryNames().find((c) => c.code === 'UA');
    expect(ua?.names.gu).toEqual(['યુક્રેન']);
    expect(ua?.names.pa).toEqual(['ਯੂਕਰੇਨ']);
    expect(ua?.names.si).toEqual(['යුක්රේනය']);
    expect(ua?.names.te).toEqual(['ఉక్రెయిన్']);
  });

  it('adds no language written in a script the package’s languages already write', () => {
    // Wolof, Lingala, Akan, Frisian (Latin); Ossetian, Chuvash (Cyrillic); Nepali (Devanagari); Yiddish (Hebrew); Tigrinya (Ethiopic).
    const shared = ['wo', 'ln', 'ak', 'fy', 'yo', 'os', 'cv', 'ne', 'yi', 'ti'];
    for (const country of loadCountryNames()) for (const language of shared) expect(country.names[language]).toBeUndefined();
  });

  it('leaves a country out of a new language where CLDR answers in English', () => {
    const english = new Map(loadCountryNames().map((c) => [c.code, c.names.en ?? []] as const));
    for (const country of loadCountryNames()) {
      for (const [language, names] of Object.entries(country.names)) {
        if (countryLanguages.includes(language)) continue;
        for (const name of names) expect(english.get(country.code)).not.toContain(name);
      }
    }
  });
});
