/**
 * Names the gazetteer lacks, proposed across a small archive of three stories
 * in English, Russian and Polish (tests/fixtures/name-proposals), and added to
 * the gazetteer text with its comments and order kept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileArchive } from '@/lib/content/archive';
import { acceptProposal } from '@/lib/content/tagging/accept-name';
import { parseGazetteer } from '@/lib/content/tagging/gazetteer';
import { proposeNames } from '@/lib/content/tagging/name-proposals';
import { taggableTitle } from '@/lib/content/tagging/tag-archive';

const DIR = 'tests/fixtures/name-proposals';
const gazetteerPath = path.join(DIR, 'entities.yaml');
const gazetteerText = readFileSync(gazetteerPath, 'utf8');
const files = readdirSync(path.join(DIR, 'articles')).sort().map((f) => ({ path: path.join(DIR, 'articles', f), bytes: readFileSync(path.join(DIR, 'articles', f)) }));
const archive = compileArchive(files, { path: gazetteerPath, bytes: new TextEncoder().encode(gazetteerText) });
const ignore = parseGazetteer(gazetteerText, gazetteerPath).ignore;
const proposals = proposeNames(
  archive.articles.map((a) => ({ id: a.id, language: a.language.value, title: taggableTitle(a), body: a.body, mentions: a.mentions })),
  ignore,
);
const byName = (name: string) => proposals.find((p) => p.name === name);

describe('names the gazetteer lacks', () => {
  it('reads the three stories', () => expect(archive.articles).toHaveLength(3));

  it('groups one person across spellings and scripts, surname alone included', () => {
    const khrenin = byName('Viktor Khrenin');
    expect(khrenin?.stories).toBe(3);
    expect(khrenin?.forms).toEqual(['Chrenin', 'Khrenin', 'Viktor Khrenin', 'Wiktor Chrenin', 'Виктор Хренин', 'Хренин'].sort());
    expect(khrenin?.languages).toEqual(['en', 'pl', 'ru']);
    expect(khrenin?.type).toBe('person');
    expect(khrenin?.slug).toBe('viktor-khrenin');
    expect(khrenin?.examples).toHaveLength(2);
    expect(khrenin?.examples[0]).toBe('Defence Minister Viktor Khrenin visited the MZKT plant in Minsk on Monday.');
  });

  it('groups acronyms and designations across scripts, with a type from shape and context', () => {
    expect(byName('MZKT')).toMatchObject({ stories: 3, forms: ['MZKT', 'МЗКТ'], type: 'organisation', slug: 'mzkt' });
    expect(byName('S-400')).toMatchObject({ stories: 3, forms: ['S-400', 'С-400'], type: 'weapon-system', slug: 's-400' });
    expect(byName('MZKT-7930')).toMatchObject({ stories: 2, type: 'weapon-system', slug: 'mzkt-7930' });
    expect(byName('BelTA')).toMatchObject({ stories: 3, forms: ['BelTA', 'БелТА'], type: 'organisation', slug: 'belta' });
    expect(byName('CSTO')).toMatchObject({ stories: 1, type: 'organisation' });
  });

  it('ranks by the number of stories', () => {
    const stories = proposals.map((p) => p.stories);
    expect(stories).toEqual([...stories].sort((a, b) => b - a));
    expect(proposals.slice(0, 4).map((p) => p.name).sort()).toEqual(['BelTA', 'MZKT', 'S-400', 'Viktor Khrenin']);
  });

  it('proposes no sentence-initial word, month, weekday, known entity or ignored name', () => {
    const forms = proposals.flatMap((p) => p.forms);
    for (const word of ['However', 'Однако', 'Jednak', 'Monday', 'March', 'Minsk', 'Минске', 'Mińsku', 'Sub-Commission', 'He', 'According', 'Министр', 'Minister', 'Хренина']) {
      expect(forms).not.toContain(word);
    }
  });
});

describe('accepting a proposal', () => {
  const proposal = byName('Viktor Khrenin');
  const result = proposal ? acceptProposal(gazetteerText, gazetteerPath, proposal) : null;

  it('appends the entry with its forms, and the file still parses', () => {
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    const parsed = parseGazetteer(result.text, gazetteerPath);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entities.map((e) => e.slug)).toEqual(['belarus', 'minsk', 'viktor-khrenin']);
    const added = parsed.entities[2];
    expect(added?.type).toBe('person');
    expect(added?.aliases.sort()).toEqual(['Chrenin', 'Khrenin', 'Wiktor Chrenin', 'Виктор Хренин', 'Хренин'].sort());
    expect(parsed.ignore).toEqual(['Sub-Commission']);
  });

  it('keeps every comment line, in order', () => {
    if (!result?.ok) throw new Error('not accepted');
    const comments = (text: string) => text.split('\n').filter((l) => l.trim().startsWith('#')).map((l) => l.trim());
    expect(comments(result.text)).toEqual(comments(gazetteerText));
    expect(result.text.startsWith(gazetteerText.split('\nentities:')[0] ?? '')).toBe(true);
  });

  it('refuses a name the gazetteer already has', () => {
    const again = result?.ok && proposal ? acceptProposal(result.text, gazetteerPath, proposal) : null;
    expect(again?.ok).toBe(false);
  });
});

describe('shapes of names in the proposals archive (tests/fixtures/name-proposals-archive)', () => {
  const dir = 'tests/fixtures/name-proposals-archive/stories';
  const wanted = ['en-01.txt', 'en-06.txt', 'en-07.txt', 'de-02.txt', 'de-05.txt', 'ru-06.txt', 'es-04.txt', 'it-03.txt', 'es-01.txt'];
  const storyFiles = wanted.map((f) => ({ path: path.join(dir, f), bytes: readFileSync(path.join(dir, f)) }));
  const worldGazetteer = 'tests/fixtures/names-world/entities.yaml';
  const compiled = compileArchive(storyFiles, { path: worldGazetteer, bytes: readFileSync(worldGazetteer) });
  const found = proposeNames(compiled.articles.map((a) => ({ id: a.id, language: a.language.value, title: taggableTitle(a), body: a.body, mentions: a.mentions })));
  const forms = found.flatMap((p) => p.forms);
  it('reads a designation with a letter code whole, in any script (Tochka-U, Точка-У)', () => {
    expect(found.find((p) => p.forms.includes('Tochka-U'))?.forms).toEqual(expect.arrayContaining(['Tochka-U', 'Точка-У']));
    expect(found.find((p) => p.forms.includes('Tochka-U'))?.type).toBe('weapon-system');
  });
  it('proposes a model whose maker is known (MZKT-7930), not the maker', () => expect(forms).toContain('MZKT-7930'));
  it('drops German common nouns, alone or in pairs (Armee Unabhängigkeit)', () => {
    expect(forms).not.toContain('Armee Unabhängigkeit');
    expect(forms).not.toContain('Sanktionen');
  });
  it('does not propose the given name before a known name (Alexandr Lukashenko)', () => expect(forms).not.toContain('Alexandr'));
  it('drops a capitalised word in front that only one form has (Difesa Viktor Khrenin, Defensa Víktor Jrenin)', () => {
    const khrenin = found.find((p) => p.forms.includes('Khrenin'));
    expect(khrenin?.forms).toEqual(expect.arrayContaining(['Viktor Khrenin', 'Víktor Jrenin', 'Jrenin']));
    expect(forms.filter((f) => f.startsWith('Difesa') || f.startsWith('Defensa'))).toEqual([]);
  });
});
