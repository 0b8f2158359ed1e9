import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { compileArchive } from '@/lib/content/archive';
import { readContentFiles, readGazetteerFile } from '@/lib/content/source/read-folder';
import { candidatesByArticle } from '@/lib/content/report/entity-report';
import { parseGazetteer } from '@/lib/content/tagging/gazetteer';
import type { Article } from '@/lib/content/schema';
import { SEED_CONTENT } from '../../support/fixtures';

// A new gazetteer text compiles every country's names in 78 languages: seconds of work, more on a shared machine.
vi.setConfig({ testTimeout: 30_000 });

const archive = compileArchive(readContentFiles(SEED_CONTENT), readGazetteerFile(SEED_CONTENT));
const ownText = (a: Article) => [a.title.value, ...a.body.map((b) => b.text)].join('\n');
const removedText = (a: Article) => a.removed.map((r) => r.text).join('\n');
const taggedWith = (slug: string) => archive.articles.filter((a) => a.entities.some((e) => e.slug === slug)).map((a) => a.id).sort();
/** Ids of the seed files (not recovered related articles) whose names start with the given numbers. */
const idsStartingWith = (...prefixes: string[]) =>
  archive.articles
    .filter((a) => a.derivedFrom === null && prefixes.some((p) => a.id.startsWith(`${p}_`)))
    .map((a) => a.id)
    .sort();

/**
 * The tag pages the design asks for, each with a plain search written
 * independently of the gazetteer and the matcher: what a reader would grep for.
 */
const requested: Record<string, RegExp> = {
  belarus: /Bel[ao]rus/u,
  ukraine: /Ukrain/u,
  china: /\bChin(?:a|ese)\b/u,
  polonez: /\b(?:Polonez|Polonaise|Palanez)\b/u,
  stilet: /\bstilet\b/iu,
};

describe('tagging the seed archive', () => {
  it('compiles the seeds and the gazetteer without an error', () => {
    expect(archive.rejected).toEqual([]);
    expect(archive.articles.length).toBeGreaterThanOrEqual(6);
  });

  for (const [slug, search] of Object.entries(requested)) {
    it(`tags with ${slug} exactly the articles whose own text mentions it`, () => {
      const expected = archive.articles.filter((a) => search.test(ownText(a))).map((a) => a.id).sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(taggedWith(slug)).toEqual(expected);
      expect([...(archive.entities.find((e) => e.slug === slug)?.articles ?? [])].sort()).toEqual(expected);
    });
  }

  it('finds Polonez in 000, 001 (as Polonaise), 002 and 004 (as Palanez), not in 003 nor the recovered related article', () => {
    expect(taggedWith('polonez')).toEqual(idsStartingWith('000', '001', '002', '004'));
    const surfaces = (prefix: string) =>
      archive.articles.find((a) => a.id === idsStartingWith(prefix)[0])?.mentions.filter((m) => m.entity === 'polonez').map((m) => m.surface);
    expect(archive.articles.some((a) => a.derivedFrom !== null)).toBe(true);
    expect(surfaces('001')).toEqual(['Polonaise']);
    expect(surfaces('004')).toEqual(['Palanez', 'Palanez', 'Palanez']);
  });

  it('finds STILET only in 000 and China only in 002, 003 and 004', () => {
    expect(taggedWith('stilet')).toEqual(idsStartingWith('000'));
    expect(taggedWith('china')).toEqual(idsStartingWith('002', '003', '004'));
  });

  it('never tags from stripped text: a name only in removed lines is not a tag', () => {
    const leaks = archive.articles.flatMap((a) =>
      Object.entries(requested)
        .filter(([, search]) => search.test(removedText(a)) && !search.test(ownText(a)))
        .map(([slug]) => ({ id: a.id, slug })),
    );
    // 001's related-article block (published as its own article) names Ukraine; 001's own body does not.
    expect(leaks).toContainEqual({ id: idsStartingWith('001')[0], slug: 'ukraine' });
    for (const { id, slug } of leaks) expect(taggedWith(slug)).not.toContain(id);
  });

  const aliasGroups: Record<string, string[]> = {
    belarus: ['Belarus', 'Belarusian', 'Belorussian', 'Belorussians'],
    ukraine: ['Ukraine', 'Ukrainian', 'Ukrainians'],
    russia: ['Russia', 'Russian', 'Russians', 'Russo'],
    china: ['China', 'Chinese'],
    kazakhstan: ['Kazakhstan', 'Kazakh'],
    polonez: ['Polonez', 'Polonaise', 'Palanez'],
    'alexander-lukashenko': ['Lukashenko', 'Lukashenka', 'Alexander Lukashenko'],
    kyiv: ['Kiev', 'Kyiv'],
    donbas: ['Donbass', 'Donbas'],
    crimea: ['Crimea', 'Crimean'],
    eadaily: ['EADaily', 'Eurasia Daily'],
    mzkt: ['MKZT'],
    'sergey-ischenko': ['Sergey Ischenko', 'Ischenko'],
    'artur-grigoryev': ['Artur Grigoryev', 'Grigoryev'],
    'stugna-p': ['Stugna-P', 'Stugna'],
    iskander: ['Iskander', 'Iskanders', 'Iskander-E'],
    tor: ['Tor', 'Tors'],
    'motor-sich': ['Motor Sich', 'Motor Sich Company'],
    'evgeny-satanovski': ['Evgeny Satanovski', 'Satanovski'],
    'ihor-tyshkevich': ['Ihor Tyshkevich', 'Tyshkevich'],
    'andrei-suzdaltsev': ['Andrei Suzdaltsev', 'Suzdaltsev'],
    'soviet-union': ['Soviet Union', 'Soviet'],
    syria: ['Syria', 'Syrians'],
  };

  it('resolves every spelling in the seeds of one thing to one entity', () => {
    const mentions = archive.articles.flatMap((a) => a.mentions);
    for (const [slug, surfaces] of Object.entries(aliasGroups)) {
      for (const surface of surfaces) {
        const resolved = new Set(mentions.filter((m) => m.surface === surface).map((m) => m.entity));
        expect([...resolved], `${surface} should resolve to ${slug}`).toEqual([slug]);
      }
    }
  });

  it('keeps each mention inside its own block, the surface being exactly the text there', () => {
    for (const a of archive.articles) {
      for (const m of a.mentions) {
        const text = m.block === -1 ? a.title.value : (a.body[m.block]?.text ?? '');
        expect(text.slice(m.start, m.end)).toBe(m.surface);
      }
      expect(a.entities.reduce((n, e) => n + e.mentions, 0)).toBe(a.mentions.length);
    }
  });

  it('indexes entities by article count, then name, listing only entities that tag something', () => {
    const counts = archive.entities.map((e) => e.articles.length);
    expect([...counts].sort((x, y) => y - x)).toEqual(counts);
    for (let i = 1; i < archive.entities.length; i += 1) {
      const [prev, cur] = [archive.entities[i - 1], archive.entities[i]];
      if (prev && cur && prev.articles.length === cur.articles.length) expect(prev.name.localeCompare(cur.name)).toBeLessThanOrEqual(0);
    }
    for (const e of archive.entities) expect([...e.articles].sort()).toEqual(taggedWith(e.slug));
    expect(archive.entities.every((e) => e.articles.length > 0)).toBe(true);
  });
});

describe('a gazetteer problem', () => {
  const files = readContentFiles(SEED_CONTENT);
  const gazetteer = (text: string) => ({ path: 'content/entities.yaml', bytes: new TextEncoder().encode(text) });

  it('goes into rejected with the gazetteer file, so the build fails', () => {
    const text = 'entities:\n  - {slug: a, name: Belarus, type: country, aliases: [], description: x.}\n  - {slug: b, name: Minsk, type: place, aliases: [Belarus], description: y.}\n';
    const compiled = compileArchive(files, gazetteer(text));
    expect(compiled.rejected).toEqual([expect.objectContaining({ kind: 'gazetteer', file: 'content/entities.yaml', line: 3 })]);
  });

  it('is a notice, not an error, when the content folder has no gazetteer: nothing is tagged', () => {
    const compiled = compileArchive(files, null);
    expect(compiled.rejected).toEqual([]);
    expect(compiled.entities).toEqual([]);
    expect(compiled.articles.every((a) => a.entities.length === 0)).toBe(true);
    expect(compiled.notices.some((n) => n.message.includes('gazetteer'))).toBe(true);
  });
});

describe('a new scrape dropped into content/', () => {
  const dir = 'tests/fixtures/new-scrape';
  const expected: { tagged: string[]; menuOnly: string[]; unknownNames: string[]; notUnknown: string[] } = JSON.parse(
    readFileSync(`${dir}/expected.json`, 'utf8'),
  );
  const gazetteerFile = readGazetteerFile(SEED_CONTENT);
  const compiled = compileArchive(readContentFiles(dir), gazetteerFile);
  const scrape = compiled.articles.find((a) => a.id.startsWith('100_'));
  const headless = compiled.articles.find((a) => a.id.startsWith('101_'));
  const ignore = parseGazetteer(new TextDecoder().decode(gazetteerFile?.bytes), 'content/entities.yaml').ignore;

  it('is published with the menu above its headline stripped', () => {
    expect(compiled.rejected).toEqual([]);
    expect(scrape?.removed.some((r) => r.text === 'China')).toBe(true);
  });

  it('is tagged from its headline and body only, not from the country menu', () => {
    expect(scrape?.entities.map((e) => e.slug).sort()).toEqual([...expected.tagged].sort());
    for (const slug of expected.menuOnly) expect(scrape?.entities.map((e) => e.slug)).not.toContain(slug);
  });

  it('reports the names the gazetteer lacks and no sentence-initial common words', () => {
    const found = candidatesByArticle(compiled, ignore).get(scrape?.id ?? '')?.map((c) => c.name) ?? [];
    expect(candidatesByArticle(compiled, ignore).get(headless?.id ?? '')).toEqual([]);
    expect([...found].sort()).toEqual([...expected.unknownNames].sort());
    for (const word of expected.notUnknown) expect(found).not.toContain(word);
  });

  it('does not tag a title derived from the first sentence, which would count those mentions twice', () => {
    expect(headless?.title.source).toBe('derived');
    expect(headless?.title.value).toMatch(/Belarus/u);
    expect(headless?.mentions.some((m) => m.block === -1)).toBe(false);
    const inBody = headless?.body.reduce((n, b) => n + (b.text.match(/\bBelarus(?:ian)?\b/gu)?.length ?? 0), 0);
    expect(headless?.entities.find((e) => e.slug === 'belarus')?.mentions).toBe(inBody);
  });
});
