import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '@/lib/content/tagging/gazetteer';

const FILE = 'content/entities.yaml';

/** A gazetteer text from entry snippets, so each test says only what it is about. */
const yamlOf = (...entries: string[]) => `entities:\n${entries.join('')}`;
const entry = (slug: string, name: string, aliases: string[], type = 'country') =>
  `  - slug: ${slug}\n    name: ${name}\n    type: ${type}\n    aliases: [${aliases.map((a) => JSON.stringify(a)).join(', ')}]\n    description: A test entry.\n`;

/** The 1-based line of the first line of `text` containing `needle`, found independently of the parser. */
const lineContaining = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('parseGazetteer on the real gazetteer', () => {
  const text = readFileSync(FILE, 'utf8');
  const parsed = parseGazetteer(text, FILE);

  it('loads content/entities.yaml without a single error', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.entities.length).toBeGreaterThan(50);
  });

  it('has the entities the design asks tag pages for', () => {
    const slugs = parsed.entities.map((e) => e.slug);
    for (const slug of ['belarus', 'ukraine', 'china', 'polonez', 'stilet']) expect(slugs).toContain(slug);
  });

  it('keeps every description to one or two sentences', () => {
    for (const e of parsed.entities) {
      const sentences = e.description.split(/(?<=[.!?])\)?\s+(?=[A-Z(])/u).length;
      expect(sentences, e.slug).toBeLessThanOrEqual(2);
    }
  });

  it('reads the ignore list', () => {
    expect(parsed.ignore.length).toBeGreaterThan(0);
    expect(parsed.ignore).toContain('MLRS');
  });
});

describe('parseGazetteer checks', () => {
  it('rejects a surface form claimed by two entities, naming the second claim and its line', () => {
    const text = yamlOf(entry('belarus', 'Belarus', ['Belarusian']), entry('minsk', 'Minsk', ['Belarusian']));
    const { errors, entities } = parseGazetteer(text, 'x/entities.yaml');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ kind: 'gazetteer', file: 'x/entities.yaml', line: lineContaining(text, 'name: Minsk') + 2 });
    expect(errors[0]?.message).toContain('minsk');
    expect(errors[0]?.message).toContain('belarus');
    expect(entities.map((e) => e.slug)).toEqual(['belarus', 'minsk']);
  });

  it('treats a form with a non-breaking hyphen or a curly apostrophe as the same form', () => {
    const text = yamlOf(entry('pantsir', 'Pantsir-S1', []), entry('other', 'Pantsir\u2011S1', ["People's"]), entry('third', 'Third', ['People\u2019s']));
    const { errors } = parseGazetteer(text, 'g.yaml');
    expect(errors.map((e) => e.kind)).toEqual(['gazetteer', 'gazetteer']);
  });

  it('does not treat the same word in another case as a clash (matching is case-aware)', () => {
    const text = yamlOf(entry('tor', 'Tor', [], 'weapon-system'), entry('tor-network', 'TOR', [], 'organisation'));
    expect(parseGazetteer(text, 'g.yaml').errors).toEqual([]);
  });

  it('accepts an entity repeating its own name among its aliases', () => {
    expect(parseGazetteer(yamlOf(entry('belarus', 'Belarus', ['Belarus', 'Belarusian'])), 'g.yaml').errors).toEqual([]);
  });

  it('rejects a duplicate slug at the line of the second entry and drops that entry', () => {
    const text = yamlOf(entry('belarus', 'Belarus', []), entry('belarus', 'Belorussia', []));
    const { errors, entities } = parseGazetteer(text, 'g.yaml');
    expect(errors).toEqual([expect.objectContaining({ kind: 'gazetteer', file: 'g.yaml', line: lineContaining(text, 'name: Belorussia') - 1 })]);
    expect(entities).toHaveLength(1);
  });

  it('rejects an empty or blank alias at its own line', () => {
    const text = 'entities:\n  - slug: belarus\n    name: Belarus\n    type: country\n    aliases:\n      - Belarusian\n      - "  "\n    description: A test entry.\n';
    const { errors, entities } = parseGazetteer(text, 'g.yaml');
    expect(errors).toEqual([expect.objectContaining({ kind: 'gazetteer', line: 7 })]);
    expect(entities).toEqual([]);
  });

  it('rejects an alias with no letter or digit in it', () => {
    const { errors } = parseGazetteer(yamlOf(entry('belarus', 'Belarus', ['—'])), 'g.yaml');
    expect(errors.map((e) => e.kind)).toEqual(['gazetteer']);
  });

  it('rejects an unknown type at the line of the type and keeps the valid entries', () => {
    const text = yamlOf(entry('belarus', 'Belarus', []), entry('zapad', 'Zapad', [], 'exercise'));
    const { errors, entities } = parseGazetteer(text, 'g.yaml');
    expect(errors).toEqual([expect.objectContaining({ kind: 'gazetteer', line: lineContaining(text, 'type: exercise') })]);
    expect(errors[0]?.message).toContain('zapad');
    expect(entities.map((e) => e.slug)).toEqual(['belarus']);
  });

  it('rejects a misspelt key, since entries are strict', () => {
    const text = yamlOf(entry('belarus', 'Belarus', []).replace('description:', 'descripton:'));
    const { errors } = parseGazetteer(text, 'g.yaml');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.kind === 'gazetteer' && e.line !== null)).toBe(true);
  });

  it('rejects a name in another language that a second entity also claims, at its line', () => {
    const text = yamlOf(
      '  - slug: minsk\n    name: Minsk\n    type: place\n    aliases: []\n    names:\n      ru: [Минск]\n    description: A test entry.\n',
      '  - slug: minsk-region\n    name: Minsk Region\n    type: place\n    aliases: []\n    names:\n      be: [Минск]\n    description: A test entry.\n',
    );
    const { errors } = parseGazetteer(text, 'g.yaml');
    expect(errors.map((e) => [e.kind, e.line])).toEqual([['gazetteer', lineContaining(text, 'be: [Минск]')]]);
  });

  it('rejects an iso code that is not two capital letters, and a names key that is not a language code', () => {
    const text = yamlOf(
      '  - slug: a\n    name: A\n    type: country\n    iso: by\n    aliases: []\n    description: A test entry.\n',
      '  - slug: b\n    name: B\n    type: country\n    aliases: []\n    names:\n      russian: [Б]\n    description: A test entry.\n',
    );
    const { errors, entities } = parseGazetteer(text, 'g.yaml');
    expect(entities).toEqual([]);
    expect(errors.map((e) => e.line)).toEqual([lineContaining(text, 'iso: by'), lineContaining(text, 'russian:')]);
  });

  it('rejects a slug that is not a lowercase slug', () => {
    expect(parseGazetteer(yamlOf(entry('Belarus', 'Belarus', [])), 'g.yaml').errors.map((e) => e.kind)).toEqual(['gazetteer']);
  });

  it('reports broken YAML with its line instead of throwing', () => {
    const text = 'entities:\n  - slug: belarus\n    name: [Belarus\n    type: country\n';
    const { errors, entities } = parseGazetteer(text, 'g.yaml');
    expect(entities).toEqual([]);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ kind: 'gazetteer', file: 'g.yaml' });
    expect(errors[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a file without an entities list', () => {
    const { errors } = parseGazetteer('people: []\n', 'g.yaml');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.kind === 'gazetteer')).toBe(true);
  });

  it('reports every problem at once', () => {
    const text = yamlOf(entry('a', 'Alpha', ['']), entry('b', 'Beta', [], 'planet'), entry('c', 'Gamma', []), entry('d', 'Delta', ['Gamma']));
    const lines = parseGazetteer(text, 'g.yaml').errors.map((e) => e.line);
    expect(lines).toEqual([lineContaining(text, 'name: Alpha') + 2, lineContaining(text, 'type: planet'), lineContaining(text, 'name: Delta') + 2]);
  });
});
