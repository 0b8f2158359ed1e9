/**
 * Surface forms of gazetteer entries, read from the test's own gazetteer fixture (the seeds' copy
 * in tests/fixtures/seed-content/entities.yaml, never the live content/entities.yaml), and a
 * brute-force whole-word scan written for the tests: the simple, independent version of "does
 * this text name the entity" that browser tests hold tag pages against.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/seed-content/entities.yaml');

// Only the fields this scan reads; the fixture has more.
const fixture = z.object({
  entities: z.array(z.object({ slug: z.string(), name: z.string(), aliases: z.array(z.string()).optional(), names: z.record(z.string(), z.array(z.string())).optional() })),
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWords = (forms: string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...forms].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** Every form written for each entry of the fixture gazetteer: name, aliases, and names in every language, as written. */
export function fixtureForms(): Map<string, string[]> {
  const { entities } = fixture.parse(parse(readFileSync(FIXTURE, 'utf8')));
  return new Map(entities.map((e) => [e.slug, [e.name, ...(e.aliases ?? []), ...Object.values(e.names ?? {}).flat()]]));
}

/**
 * A test for "this text names `slug`": one of its forms as a whole word, case as written, once
 * every longer form of another entry that contains it is blanked out (the longest form wins:
 * "Armed Forces of Belarus" names the army, not the country). Null when the fixture lacks `slug`.
 */
export function mentionTest(slug: string): ((text: string) => boolean) | null {
  const forms = fixtureForms();
  const own = forms.get(slug);
  if (!own) return null;
  const ownPattern = wholeWords(own);
  const longer = [...forms]
    .filter(([other]) => other !== slug)
    .flatMap(([, list]) => list)
    .filter((form) => own.some((o) => form.length > o.length && new RegExp(`(?<![\\p{L}\\p{N}])${escape(o)}(?![\\p{L}\\p{N}])`, 'u').test(form)));
  const longerPattern = longer.length > 0 ? wholeWords(longer) : null;
  return (text) => {
    const rest = longerPattern ? text.replace(longerPattern, (m) => ' '.repeat(m.length)) : text;
    ownPattern.lastIndex = 0;
    return ownPattern.test(rest);
  };
}
