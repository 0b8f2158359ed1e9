/**
 * A fold key scoped to the text's own language keeps the word's first letter: inside one orthography, declension
 * changes a name's end, not its start, so a common word the fold merely spells alike is no name ("Sequía", drought,
 * is not "Chequia"), while declined forms still meet their name. Sentences written for this test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withCountries } from '@/lib/content/tagging/country-entities';
import { parseGazetteer } from '@/lib/content/tagging/gazetteer';
import { compileMatcher, findMatches } from '@/lib/content/tagging/tag-matcher';

const parsed = parseGazetteer(readFileSync('tests/fixtures/names-world/entities.yaml', 'utf8'), 'tests/fixtures/names-world/entities.yaml');
const matcher = compileMatcher(withCountries(parsed.entities).entities);
const slugs = (text: string, language: string) => [...new Set(findMatches(matcher, text, language).map((m) => m.entity))].sort();

describe('same-language fold keys', () => {
  it('does not read a capitalised common word as a name the fold spells alike', () => {
    expect(slugs('Sequía en el sur del país.', 'es')).toEqual([]);
  });

  it('does not read an Arabic word with ج as a name the fold would spell with ي', () => {
    // "and the cheeses": و + ال + أجبان; romanised, its j would fold like the y of اليابان (Japan).
    expect(slugs('وعرض الباعة الخضار والأجبان المحلية.', 'ar')).toEqual([]);
  });

  it.each([
    ['ar', 'وصل الوفد إلى اليابان صباح اليوم.', ['japan']],
    ['ar', 'وقعت الحكومة اتفاقا مع جورجيا واليابان.', ['georgia', 'japan']],
    ['es', 'Las exportaciones de Chequia crecen.', ['czechia']],
    ['pl', 'Delegacja z Białorusi przyjechała rano.', ['belarus']],
    ['cs', 'Jednání s Ukrajinou pokračuje.', ['ukraine']],
    ['sr', 'Разговори са Украјином настављају се.', ['ukraine']],
    ['hu', 'A tárgyalások Ukrajnában folytatódnak.', ['ukraine']],
  ])('%s: still tags a declined form of a name in the text’s own language', (language, text, expected) => {
    expect(slugs(text, language)).toEqual(expected);
  });
});
