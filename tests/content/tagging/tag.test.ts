import { describe, expect, it } from 'vitest';
import type { BodyBlock, Entity, EntityType } from '@/lib/content/schema';
import { compileMatcher, tagArticle, TITLE_BLOCK } from '@/lib/content/tagging/tag';
import { findMatches } from '@/lib/content/tagging/tag-matcher';

const ent = (slug: string, name: string, aliases: string[] = [], type: EntityType = 'country'): Entity => ({
  slug,
  name,
  type,
  aliases,
  description: 'A test entry.',
});

const gazetteer: Entity[] = [
  ent('belarus', 'Belarus', ['Belarusian', 'Belarusians', 'Belorussian']),
  ent('russia', 'Russia', ['Russian', 'Russians']),
  ent('ukraine', 'Ukraine', ['Ukrainian', 'Ukrainians']),
  ent('kazakhstan', 'Kazakhstan', ['Kazakh']),
  ent('aselsan', 'Aselsan', [], 'organisation'),
  ent('kae', 'Kazakhstan Aselsan Engineering', [], 'organisation'),
  ent('maz', 'MAZ', [], 'organisation'),
  ent('maz-6315', 'MAZ-6315', [], 'weapon-system'),
  ent('eu', 'European Union', ['EU'], 'organisation'),
  ent('tor', 'Tor', ['Tors'], 'weapon-system'),
  ent('stilet', 'STILET', [], 'weapon-system'),
  ent('polonez', 'Polonez', ['Polonaise', 'Palanez'], 'weapon-system'),
  ent('isis', 'Islamic State', ['ISIS'], 'organisation'),
  ent('pantsir', 'Pantsir-S1', [], 'weapon-system'),
  ent('alliance', 'the Alliance', [], 'organisation'),
];
const matcher = compileMatcher(gazetteer);

/** The entity slugs found in `text`, in order. */
const slugsIn = (text: string) => findMatches(matcher, text).map((m) => m.entity);
const surfacesIn = (text: string) => findMatches(matcher, text).map((m) => m.surface);

describe('the matcher', () => {
  it('prefers the longest form: a joint venture rather than its parts', () => {
    expect(slugsIn('Belarusians visited Kazakhstan Aselsan Engineering and Aselsan.')).toEqual(['belarus', 'kae', 'aselsan']);
    expect(slugsIn('Kazakhstan and Aselsan')).toEqual(['kazakhstan', 'aselsan']);
  });

  it('prefers a model number over its maker: MAZ-6315 is the truck, MAZ the plant', () => {
    expect(slugsIn('120 MAZ-6315 trucks; 120 MAZ trucks')).toEqual(['maz-6315', 'maz']);
  });

  it('matches possessives with a straight or a curly apostrophe', () => {
    const text = "Belarus’ army, Belarus' army, Ukraine’s industry, Russia's ally";
    expect(slugsIn(text)).toEqual(['belarus', 'belarus', 'ukraine', 'russia']);
    expect(surfacesIn(text)).toEqual(['Belarus', 'Belarus', 'Ukraine', 'Russia']);
  });

  it('finds both halves of a hyphenated compound', () => {
    expect(slugsIn('Belarusian-Russian relations and the Kazakh-Belarusian commission')).toEqual(['belarus', 'russia', 'kazakhstan', 'belarus']);
    expect(slugsIn('Belarusian–Ukrainian (en dash) ties')).toEqual(['belarus', 'ukraine']);
  });

  it('sees names inside quotes and brackets', () => {
    expect(slugsIn('“STILET” systems, Polonez (Polonaise), “They [ISIS] are”, \'Belarusian\'')).toEqual([
      'stilet',
      'polonez',
      'polonez',
      'isis',
      'belarus',
    ]);
  });

  it('never matches inside another word', () => {
    expect(slugsIn('Toronto, MAZE, EUR 5m, Russiagate, Polonezka, ISISes, Aselsans')).toEqual([]);
  });

  it('matches an all-caps acronym only in capitals', () => {
    expect(slugsIn('the EU and MAZ')).toEqual(['eu', 'maz']);
    expect(slugsIn('Eu maz Maz eu')).toEqual([]);
  });

  it("reads a country's capitals from one language's list only in a text of that language (English ones everywhere)", () => {
    const us: Entity = { ...ent('us', 'United States', ['USA']), names: { ga: ['SAM'], nl: ['VS'], en: ['US'] } };
    const sam = compileMatcher([us, ent('sam-site', 'SAM site', [], 'weapon-system')]);
    const slugs = (text: string, language: string | null) => findMatches(sam, text, language).map((m) => m.entity);
    expect(slugs('SAM batteries near the USA and US bases', 'en')).toEqual(['us', 'us']);
    expect(slugs('SAM, USA', 'ga')).toEqual(['us', 'us']);
    expect(slugs('de VS en Rusland', 'nl')).toEqual(['us']);
    expect(slugs('VS, SAM', null)).toEqual([]);
    expect(slugs('die US-Armee', 'de')).toEqual(['us']);
    // Read in another script only as an acronym of every language: Korean 삼 and Thai สาม (three) are no "SAM".
    expect(slugs('삼', 'ko')).toEqual([]);
    expect(slugs('สาม', 'th')).toEqual([]);
    // An acronym said letter by letter is no word of another script: Gujarati "હશે" (will be) is "hse" in Latin letters.
    const hse = compileMatcher([ent('hse', 'Higher School of Economics', ['HSE'], 'organisation'), ent('nato', 'NATO', [], 'organisation')]);
    expect(findMatches(hse, 'હશે નાટો', 'gu').map((m) => m.entity)).toEqual(['nato']);
    // A scoped form is still the whole of a longer form of another entry.
    expect(slugs('a SAM site', 'en')).toEqual(['sam-site']);
  });

  it('matches STILET only as the gazetteer spells it: "Stilet" needs its own alias', () => {
    expect(slugsIn('Stilet and stilet')).toEqual([]);
    const withAlias = compileMatcher([ent('stilet', 'STILET', ['Stilet'], 'weapon-system')]);
    expect(findMatches(withAlias, 'STILET, Stilet, stilet').map((m) => m.surface)).toEqual(['STILET', 'Stilet']);
  });

  it('never matches a capitalised name as a lowercase word', () => {
    expect(slugsIn('the tor of a hill, then the Tor system and two Tors')).toEqual(['tor', 'tor']);
    expect(slugsIn('russian belarus')).toEqual([]);
  });

  it('matches a capitalised name of four letters or more in an all-caps headline, a shorter one not', () => {
    expect(slugsIn('BELARUS BUYS TOR FROM RUSSIA')).toEqual(['belarus', 'russia']);
  });

  it('matches a lowercase form with a capital at the start of a sentence', () => {
    expect(surfacesIn('NATO and the Alliance. The Alliance said.')).toEqual(['the Alliance', 'The Alliance']);
  });

  it('matches a multi-word form across a line break or a non-breaking hyphen, not across a spaced dash', () => {
    expect(slugsIn('Islamic\nState and Pantsir\u2011S1')).toEqual(['isis', 'pantsir']);
    expect(slugsIn('Pantsir – S1')).toEqual([]);
  });

  it('lets an editor\u2019s explicit form win over another entity\u2019s case variant', () => {
    const m = compileMatcher([ent('belarus', 'Belarus'), ent('shouty', 'BELARUS', [], 'organisation')]);
    expect(findMatches(m, 'BELARUS and Belarus').map((x) => x.entity)).toEqual(['shouty', 'belarus']);
  });

  it('matches a form written with a straight apostrophe where the text has a curly one', () => {
    const m = compileMatcher([ent('china', 'China', ["People's Republic of China"])]);
    expect(findMatches(m, 'the People’s Republic of China').map((x) => x.surface)).toEqual(['People’s Republic of China']);
  });

  it('counts the entity name itself as a surface form', () => {
    expect(slugsIn('Islamic State')).toEqual(['isis']);
  });

  it('gives ranges that cut the surface out of the text', () => {
    const text = 'As Russia’s ally, “Belarus” (Belorussian) bought MAZ-6315 trucks.';
    for (const m of findMatches(matcher, text)) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(surfacesIn(text)).toEqual(['Russia', 'Belarus', 'Belorussian', 'MAZ-6315']);
  });
});

describe('tagArticle', () => {
  const body: BodyBlock[] = [
    { kind: 'paragraph', text: 'Ukraine and Belarus signed a deal. Ukrainian plants will help.', line: 3 },
    { kind: 'heading', text: 'Polonez tested', line: 5 },
    { kind: 'paragraph', text: 'The Polonez (Polonaise) was tested; Russia objected. Ukraine’s role is unclear.', line: 7 },
  ];
  const tagged = tagArticle(matcher, 'Belarus tests Polonez', body);

  it('keeps the block index of every mention, -1 for the title', () => {
    expect(tagged.mentions.map((m) => [m.entity, m.block])).toEqual([
      ['belarus', TITLE_BLOCK],
      ['polonez', TITLE_BLOCK],
      ['ukraine', 0],
      ['belarus', 0],
      ['ukraine', 0],
      ['polonez', 1],
      ['polonez', 2],
      ['polonez', 2],
      ['russia', 2],
      ['ukraine', 2],
    ]);
  });

  it('gives each mention a range into its own block', () => {
    for (const m of tagged.mentions) {
      const text = m.block === TITLE_BLOCK ? 'Belarus tests Polonez' : (body[m.block]?.text ?? '');
      expect(text.slice(m.start, m.end)).toBe(m.surface);
    }
  });

  it('orders entities by salience: headline, first paragraph and headings weigh more than a bare count', () => {
    expect(tagged.entities.map((e) => e.slug)).toEqual(['polonez', 'belarus', 'ukraine', 'russia']);
    expect(tagged.entities.map((e) => e.mentions)).toEqual([4, 2, 3, 1]);
    const salience = tagged.entities.map((e) => e.salience);
    expect([...salience].sort((a, b) => b - a)).toEqual(salience);
  });

  it('tags nothing from an empty gazetteer', () => {
    expect(tagArticle(compileMatcher([]), 'Belarus', body)).toEqual({ entities: [], mentions: [] });
  });
});
