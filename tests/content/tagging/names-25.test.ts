/**
 * The 25-language names table (tests/fixtures/names-25): each story names
 * Lukashenko, Belarus, Russia, Poland and China in its own language's usual
 * spelling and cases, and must be tagged with exactly those five, against the
 * fixture gazetteer (which spells Lukashenko only in English and the countries
 * only by ISO code and English name).
 */
import { describe, expect, it } from 'vitest';
import { withCountries } from '@/lib/content/tagging/country-entities';
import { parseGazetteer } from '@/lib/content/tagging/gazetteer';
import { compileMatcher, tagArticle } from '@/lib/content/tagging/tag';
import { NAMES25_ENTITIES, names25Gazetteer, names25Stories } from '../../fixtures/names-25/load';

const source = names25Gazetteer();
const parsed = parseGazetteer(source.text, source.file);
const matcher = compileMatcher(withCountries(parsed.entities).entities);
const stories = names25Stories();

describe('the 25-language names table', () => {
  it('has a valid gazetteer and 25 stories in 25 languages', () => {
    expect(parsed.errors).toEqual([]);
    expect(new Set(stories.map((s) => s.language)).size).toBe(25);
  });
  for (const story of stories) {
    it(`tags all five, and nothing else, in ${story.language}`, () => {
      const body = story.paragraphs.map((text, i) => ({ kind: 'paragraph' as const, text, line: i + 3 }));
      const found = tagArticle(matcher, story.title, body, story.language).entities.map((e) => e.slug);
      expect(found.sort()).toEqual([...NAMES25_ENTITIES].sort());
    });
  }
});
