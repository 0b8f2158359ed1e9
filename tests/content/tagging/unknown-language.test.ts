/**
 * The language tag feeds the tagger's inflection rules; a language nobody wrote rules for
 * (one the detector has no model for, a new script, `und`, a tag nobody knows) must fall back
 * to the names' own shape, never throw, and never lose an exact mention.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withCountries } from '@/lib/content/tagging/country-entities';
import { parseGazetteer } from '@/lib/content/tagging/gazetteer';
import { inflectionLanguages } from '@/lib/content/tagging/fold-word-keys';
import { compileMatcher, findMatches } from '@/lib/content/tagging/tag-matcher';
import { SEED_CONTENT } from '../../support/fixtures';

const parsed = parseGazetteer(readFileSync(`${SEED_CONTENT}/entities.yaml`, 'utf8'), 'content/entities.yaml');
const matcher = compileMatcher(withCountries(parsed.entities).entities);
const slugs = (text: string, language: string | null) => findMatches(matcher, text, language).map((m) => m.entity);

// Sentences written for this test, each naming Kazakhstan and NATO exactly as the gazetteer spells them.
const texts: [string, string][] = [
  ['gl', 'O ministro visitou Kazakhstan a semana pasada e falou coa NATO sobre os novos acordos.'],
  ['sw', 'Waziri alitembelea Kazakhstan wiki iliyopita na kuzungumza na NATO kuhusu makubaliano mapya.'],
  ['af', 'Die minister het verlede week Kazakhstan besoek en met NATO oor die nuwe ooreenkomste gepraat.'],
  ['gu', 'મંત્રીએ ગયા અઠવાડિયે Kazakhstan ની મુલાકાત લીધી અને NATO સાથે વાત કરી.'],
  ['kk', 'Министр өткен аптада Kazakhstan сапарымен барып, NATO өкілдерімен кездесті.'],
  ['und', 'O ministro visitou Kazakhstan e falou coa NATO.'],
  ['qx', 'O ministro visitou Kazakhstan e falou coa NATO.'],
];

describe('a language the tagger has no rules for', () => {
  it.each(texts)('%s: exact names are still found', (lang, text) => {
    expect(slugs(text, lang)).toEqual(['kazakhstan', 'nato']);
  });

  it('gets no Latin inflection rules of another language, and the Cyrillic ones only for Cyrillic words', () => {
    for (const lang of ['gl', 'sw', 'af', 'gu', 'kk', 'qx']) {
      const rules = inflectionLanguages(lang);
      expect(rules.latin).toEqual([]);
      expect(rules.text).toBe(lang);
    }
  });
});
