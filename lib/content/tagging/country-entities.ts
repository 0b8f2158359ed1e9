/**
 * Every country of the world in the gazetteer. Entries of entities.yaml with an
 * `iso` code get the country's names in the archive's languages merged into
 * their `names`; every other ISO 3166-1 code becomes a generated entity (slug
 * from its English short name: `germany`, `united-states`, `czechia`). Only
 * entities that tag an article get a tag page, so the unused ones cost nothing
 * in the export.
 *
 * A name is never guessed: a form that two countries share, that another
 * entity already claims, or that is a common word (country-names.ts) is
 * dropped, and the drop is returned with its reason.
 */
import slugify from '@sindresorhus/slugify';
import { excludedCountryNames, exclusionOf, loadCountryNames, loadUnionNames, nameLanguages } from './country-names';
import type { Entity } from '../schema';
import { isAllCaps, surfaceKey } from './tokens';

/** A country name left out, and why. */
export type DroppedName = { code: string; language: string; form: string; reason: string };

/** Where the usual short English name is not the shortest one (Great Britain is the island). */
const preferredName: Readonly<Record<string, string>> = { GB: 'United Kingdom', LA: 'Laos', BN: 'Brunei', BQ: 'Bonaire, Sint Eustatius and Saba' };

const formsOf = (e: Entity) => [e.name, ...e.aliases, ...Object.values(e.names ?? {}).flat()];

/** The English display name of a generated country: its shortest name no other country shares, acronyms aside. */
function displayName(code: string, english: readonly string[], shared: (form: string) => boolean): string {
  const preferred = preferredName[code];
  if (preferred) return preferred;
  const usable = english.filter((n) => !isAllCaps(n) && !shared(n) && !excludedCountryNames.has(n));
  const candidates = usable.length > 0 ? usable : english;
  return [...candidates].sort((a, b) => a.length - b.length)[0] ?? code;
}

/**
 * The gazetteer with every country: `entities` as given, countries with `iso`
 * enriched, then one generated entity per remaining ISO code. Returns the
 * names dropped on the way.
 */
export function withCountries(entities: readonly Entity[]): { entities: Entity[]; dropped: DroppedName[] } {
  const countries = loadCountryNames();
  const usedIn = nameLanguages(countries);
  const claims = new Map<string, Set<string>>();
  for (const { code, names } of countries) {
    for (const form of Object.values(names).flat()) claims.set(surfaceKey(form), (claims.get(surfaceKey(form)) ?? new Set()).add(code));
  }
  const shared = (form: string) => (claims.get(surfaceKey(form))?.size ?? 0) > 1;
  const owners = new Map<string, string>();
  for (const e of entities) for (const form of formsOf(e)) owners.set(surfaceKey(form), e.slug);
  const byIso = new Map(entities.filter((e) => e.iso).map((e) => [e.iso, e]));
  const slugs = new Set(entities.map((e) => e.slug));

  const dropped: DroppedName[] = [];
  const enriched = new Map<string, Entity>();
  const generated: Entity[] = [];
  for (const { code, names } of countries) {
    const existing = byIso.get(code);
    const name = displayName(code, names.en ?? [], shared);
    const slug = existing?.slug ?? slugify(name, { decamelize: false });
    if (!existing && slugs.has(slug)) {
      dropped.push({ code, language: 'en', form: name, reason: `slug "${slug}" is already an entity without iso ${code}` });
      continue;
    }
    const target: Entity = existing ?? {
      slug,
      name,
      type: 'country',
      aliases: [],
      description: `A country or territory; ISO 3166-1 code ${code}.`,
      iso: code,
    };
    // Deduplicated per language: "Беларусь" is Russian and Belarusian, and each language inflects it by its own rules.
    const own = new Set([target.name, ...target.aliases].map((f) => `en ${surfaceKey(f)}`));
    for (const [language, list] of Object.entries(target.names ?? {})) for (const f of list) own.add(`${language} ${surfaceKey(f)}`);
    const merged: Record<string, string[]> = Object.fromEntries(Object.entries(target.names ?? {}).map(([l, list]) => [l, [...list]]));
    for (const [language, list] of Object.entries(names)) {
      for (const form of list) {
        const key = surfaceKey(form);
        const owner = owners.get(key);
        const reason = exclusionOf(form, usedIn.get(form.toLowerCase()) ?? new Set()) ??
          (shared(form) ? `shared by ${[...(claims.get(key) ?? [])].join(', ')}` : owner && owner !== slug ? `already a form of "${owner}"` : null);
        if (reason) dropped.push({ code, language, form, reason });
        else if (!own.has(`${language} ${key}`)) {
          own.add(`${language} ${key}`);
          (merged[language] ??= []).push(form);
        }
      }
    }
    const entity = { ...target, names: merged };
    if (existing) enriched.set(existing.slug, entity);
    else generated.push(entity);
    slugs.add(slug);
  }
  // Unions of countries (the EU, the UN): the entity that the editor names as CLDR does in English gets CLDR's names in every language.
  for (const { code, names } of loadUnionNames()) {
    const english = names.en?.[0];
    const target = entities.find((e) => !e.iso && english !== undefined && [e.name, ...e.aliases].includes(english));
    if (!target) continue;
    const merged: Record<string, string[]> = Object.fromEntries(Object.entries((enriched.get(target.slug) ?? target).names ?? {}).map(([l, list]) => [l, [...list]]));
    for (const [language, list] of Object.entries(names)) {
      for (const form of list) {
        const key = surfaceKey(form);
        const owner = owners.get(key) ?? (claims.has(key) ? 'a country' : undefined);
        const reason = exclusionOf(form, new Set([language])) ?? (owner && owner !== target.slug ? `already a form of "${owner}"` : null);
        if (reason) dropped.push({ code, language, form, reason });
        else if (!(merged[language] ?? []).some((f) => surfaceKey(f) === key) && ![target.name, ...target.aliases].some((f) => surfaceKey(f) === key)) (merged[language] ??= []).push(form);
      }
    }
    enriched.set(target.slug, { ...target, names: merged });
  }
  return { entities: [...entities.map((e) => enriched.get(e.slug) ?? e), ...generated], dropped };
}
