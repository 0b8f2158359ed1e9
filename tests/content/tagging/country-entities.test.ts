import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { withCountries } from '@/lib/content/tagging/country-entities';
import { excludedCountryNames, loadCountryNames, proseForm } from '@/lib/content/tagging/country-names';
import { parseGazetteer } from '@/lib/content/tagging/gazetteer';
import type { Entity } from '@/lib/content/schema';
import { compileMatcher, findMatches } from '@/lib/content/tagging/tag-matcher';
import { indexEntities } from '@/lib/content/tagging/tag-archive';
import { SEED_CONTENT } from '../../support/fixtures';

// A new gazetteer text compiles every country's names in 78 languages: seconds of work, more on a shared machine.
vi.setConfig({ testTimeout: 30_000 });

const yaml = parseGazetteer(readFileSync(`${SEED_CONTENT}/entities.yaml`, 'utf8'), 'content/entities.yaml');
const { entities, dropped } = withCountries(yaml.entities);
const bySlug = new Map(entities.map((e) => [e.slug, e]));
const byIso = new Map(entities.filter((e) => e.iso).map((e) => [e.iso, e]));

describe('every country of the world', () => {
  it('has one entity per ISO 3166-1 code, with unique slugs', () => {
    const codes = loadCountryNames().map((c) => c.code);
    expect(codes.length).toBeGreaterThanOrEqual(249);
    for (const code of codes) expect(byIso.get(code), code).toBeDefined();
    expect(new Set(entities.map((e) => e.slug)).size).toBe(entities.length);
  });

  it('slugs a generated country by its short English name', () => {
    expect(byIso.get('DE')?.slug).toBe('germany');
    expect(byIso.get('US')?.slug).toBe('united-states');
    expect(byIso.get('GB')?.slug).toBe('united-kingdom');
    expect(byIso.get('CZ')?.slug).toBe('czechia');
    expect(byIso.get('MD')?.slug).toBe('moldova');
    expect(byIso.get('LV')?.slug).toBe('latvia');
    expect(byIso.get('DE')?.type).toBe('country');
    expect(byIso.get('CZ')?.description).toMatch(/\bCZ\b/u);
  });

  it('keeps the gazetteer’s own slug and text for a country it lists with iso, and merges the names in', () => {
    const russia = bySlug.get('russia');
    expect(byIso.get('RU')).toBe(russia);
    expect(russia?.aliases).toEqual(yaml.entities.find((e) => e.slug === 'russia')?.aliases);
    expect(russia?.names?.uk).toContain('Росія');
    expect(russia?.names?.de).toContain('Russland');
    expect(russia?.names?.ru).toContain('российский'); // the editor's own form stays
  });

  it('drops a name two countries share, and a name excluded as a common word, with the reason', () => {
    expect(dropped).toContainEqual(expect.objectContaining({ code: 'CG', form: 'Congo', reason: expect.stringMatching(/CD/u) }));
    expect(dropped).toContainEqual(expect.objectContaining({ code: 'TG', form: 'Того', reason: excludedCountryNames.get('Того') }));
    const m = compileMatcher(entities);
    expect(findMatches(m, 'Fighting in Congo and in the Democratic Republic of the Congo.').map((x) => x.entity)).toEqual([byIso.get('CD')?.slug]);
  });

  it('never lets a country name take a form another entity already has', () => {
    const clash: Entity = { slug: 'paris-club', name: 'Paris Club', type: 'organisation', aliases: ['Frankreich'], description: 'A test entry.' };
    const result = withCountries([clash]);
    expect(result.dropped).toContainEqual(expect.objectContaining({ code: 'FR', form: 'Frankreich', reason: 'already a form of "paris-club"' }));
    expect(result.entities.find((e) => e.iso === 'FR')?.names?.de ?? []).not.toContain('Frankreich');
  });

  it('gives a tag page only to the countries that tag an article', () => {
    const m = compileMatcher(entities);
    const text = 'Soldiers from Germany arrived.';
    const article = { id: 'a', entities: findMatches(m, text).map((x) => ({ slug: x.entity, mentions: 1, salience: 1 })) };
    expect(indexEntities(entities, [article]).map((e) => e.slug)).toEqual(['germany']);
  });
});

describe('proseForm', () => {
  it('undoes catalogue inversions and drops bracketed qualifiers', () => {
    expect(proseForm('Moldova, Republic of', 'en')).toBe('Moldova');
    expect(proseForm('Virgin Islands, British', 'en')).toBe('British Virgin Islands');
    expect(proseForm('Falkland Islands (Malvinas)', 'en')).toBe('Falkland Islands');
    expect(proseForm('Молдова, Республика', 'ru')).toBeNull();
  });
});
