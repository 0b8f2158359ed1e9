import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileArchive } from '@/lib/content/archive';
import type { SourceFile } from '@/lib/content/source/read-folder';

const story = readFileSync('tests/fixtures/republications/border-drills.txt', 'utf8').trim();
const other = readFileSync('tests/fixtures/republications/stilet-export.txt', 'utf8').trim();
const enc = (text: string) => new TextEncoder().encode(text);
const file = (name: string, text: string): SourceFile => ({ path: `content/articles/${name}`, bytes: enc(text) });
const gazetteer: SourceFile = {
  path: 'content/entities.yaml',
  bytes: enc(['entities:', '  - slug: belarus', '    name: Belarus', '    type: country', '    aliases: [Belarusian]', '    description: A country.'].join('\n')),
};
const page = (headline: string, date: string, body: string) => `${headline}\n\n${date}\n\n${body.split('\n').join('\n\n')}\n`;

const original = file('a-first.txt', page('Joint drills begin near the border', '12 March 2021', story));
const copy = file('b-copy.txt', page('Neighbours worried as troops gather', '14 March 2021', `A partner site carries this report in full.\n${story}`));
const unrelated = file('c-other.txt', page('Air defence upgrade sold abroad', '2 April 2021', other));

describe('republications in the compiled archive', () => {
  it('pairs a copy under a new headline with its earlier original and counts the story once per tag', () => {
    const archive = compileArchive([original, copy, unrelated], gazetteer);
    expect(archive.rejected).toEqual([]);
    expect(archive.republications).toHaveLength(1);
    expect(archive.republications[0]).toMatchObject({ original: 'a-first', copy: 'b-copy', originalBy: 'earlier-date' });
    expect(archive.republications[0]?.containment).toBeGreaterThan(0.9);
    expect(archive.articles.map((a) => a.id).sort()).toEqual(['a-first', 'b-copy', 'c-other']);
    const belarus = archive.entities.find((e) => e.slug === 'belarus');
    expect(belarus?.articles.slice().sort()).toEqual(['a-first', 'c-other']);
  });

  it('lets an editor name the later file as the original', () => {
    const sidecar = file('b-copy.meta.json', JSON.stringify({ republication: { original: { value: 'b-copy', evidence: 'the partner site wrote it first' } } }));
    const archive = compileArchive([original, copy, unrelated, sidecar], gazetteer);
    expect(archive.republications).toEqual([expect.objectContaining({ original: 'b-copy', copy: 'a-first', originalBy: 'editor' })]);
  });

  it('lets an editor split a detected pair', () => {
    const sidecar = file('a-first.meta.yaml', 'republication:\n  notSameStoryAs: [b-copy]\n');
    const archive = compileArchive([original, copy, unrelated, sidecar], gazetteer);
    expect(archive.republications).toEqual([]);
    expect(archive.entities.find((e) => e.slug === 'belarus')?.articles).toHaveLength(3);
  });

  it('rejects a sidecar that names a story the archive does not have, naming the sidecar file', () => {
    const sidecar = file('a-first.meta.json', JSON.stringify({ republication: { notSameStoryAs: ['no-such-story'] } }));
    const archive = compileArchive([original, copy, sidecar], gazetteer);
    expect(archive.rejected).toEqual([expect.objectContaining({ kind: 'validation', file: 'content/articles/a-first.meta.json' })]);
  });
});
