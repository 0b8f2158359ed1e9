/**
 * Entities across languages and scripts, with the real gazetteer: inflected
 * forms find their entity, Cyrillic spellings find Latin names, and words that
 * only look alike (a shared prefix, a lowercase common noun, an adjective of a
 * city) tag nothing or the right thing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withCountries } from '@/lib/content/tagging/country-entities';
import { parseGazetteer } from '@/lib/content/tagging/gazetteer';
import type { Entity } from '@/lib/content/schema';
import { findCandidateNames } from '@/lib/content/tagging/unknown-names';
import { tagArticle } from '@/lib/content/tagging/tag';
import { compileMatcher, findMatches } from '@/lib/content/tagging/tag-matcher';
import { SEED_CONTENT } from '../../support/fixtures';

const parsed = parseGazetteer(readFileSync(`${SEED_CONTENT}/entities.yaml`, 'utf8'), 'content/entities.yaml');
const matcher = compileMatcher(withCountries(parsed.entities).entities);

/** The entities found in `text`, as `surface→slug`. */
const tags = (text: string, language: string | null = null) => findMatches(matcher, text, language).map((m) => `${m.surface}→${m.entity}`);
/** The slug each word of `words` tags when it stands alone in a sentence (null: nothing). */
const slugOf = (word: string, language: string | null = null) => findMatches(matcher, `Об этом ${word} сказано.`, language)[0]?.entity ?? null;
const latinSlugOf = (word: string, language: string | null = null) => findMatches(matcher, `Il y a ${word} ici.`, language)[0]?.entity ?? null;

describe('inflected forms find their entity', () => {
  const cases: [string, string[]][] = [
    ['russia', ['России', 'Россией', 'Россию', 'Росії', 'Росією', 'Расіі', 'Расеі', 'российского', 'российской', 'російських', 'расійскіх', 'РФ']],
    ['belarus', ['Беларуси', 'Беларусью', 'Білорусі', 'Білоруссю', 'Беларусі', 'Белоруссии', 'белорусского', 'білоруська', 'беларускага', 'белорусы']],
    ['ukraine', ['Украины', 'Украине', 'України', 'Україною', 'украинского', 'українських']],
    ['poland', ['Польши', 'Польшей', 'Польщі', 'Польшчы', 'польского']],
    ['minsk', ['Минске', 'Минском', 'Мінська', 'Мінску', 'Мінскам']],
    ['moscow', ['Москвы', 'Москві', 'Масквы', 'Москвою']],
    ['kremlin', ['Кремля', 'Кремлі', 'Крэмлі']],
    ['soviet-union', ['Советского Союза', 'Радянського Союзу', 'советских']],
    ['germany', ['Германии', 'Німеччини', 'Германіі']],
  ];
  for (const [slug, words] of cases) {
    it(`tags ${slug} in ${words.join(', ')}`, () => expect(words.map((w) => slugOf(w))).toEqual(words.map(() => slug)));
  }

  const latin: [string, string, string[]][] = [
    ['russia', 'pl', ['Rosji', 'Rosją', 'rosyjskiego', 'rosyjskie']],
    ['belarus', 'pl', ['Białorusi', 'Białorusią', 'białoruskiego', 'białoruskich']],
    ['belarus', 'de', ['belarussischen', 'belarussische', 'belarussischer']],
    ['russia', 'de', ['Russlands', 'russischen']],
    ['belarus', 'fr', ['biélorusses', 'biélorusse']],
    ['ukraine', 'fr', ['ukrainienne', 'ukrainiens']],
    ['lithuania', 'lt', ['Lietuvos', 'Lietuvoje']],
    ['russia', 'lt', ['Rusijos', 'Rusijai']],
    ['poland', 'pl', ['Polski', 'Polską', 'Polsce']],
  ];
  for (const [slug, language, words] of latin) {
    it(`tags ${slug} in ${language} ${words.join(', ')}`, () => expect(words.map((w) => latinSlugOf(w, language))).toEqual(words.map(() => slug)));
  }

  it('matches a multi-word name whose every word is inflected', () => {
    expect(tags('в Министерстве обороны Беларуси сообщили')).toEqual(['Министерстве обороны Беларуси→belarus-defence-ministry']);
    expect(tags('поставки до Об’єднаних Арабських Еміратів')).toEqual(['Об’єднаних Арабських Еміратів→united-arab-emirates']);
    expect(tags('са Злучаных Штатаў Амерыкі')).toEqual(['Злучаных Штатаў Амерыкі→united-states']);
  });
});

describe('Cyrillic spellings find Latin names', () => {
  it('tags Polonez and Lukashenko from Russian, Ukrainian and Belarusian text, in any case', () => {
    for (const word of ['Полонез', 'Полонеза', 'Полонезом', 'Паланэз', 'Паланэза']) expect(slugOf(word)).toBe('polonez');
    for (const word of ['Лукашенко', 'Лукашэнка', 'Лукашэнкі', 'Лукашенку', 'Лукашенком']) expect(slugOf(word)).toBe('alexander-lukashenko');
    expect(slugOf('Искандеры')).toBe('iskander');
  });
  it('transliterates names the gazetteer lists only in Latin letters, inflected too', () => {
    for (const word of ['Порошенко', 'Порошенка', 'Порошенку']) expect(slugOf(word)).toBe('petro-poroshenko');
    expect(slugOf('Авакова')).toBe('arsen-avakov');
    expect(slugOf('Южмаша')).toBe('yuzhmash');
    const bare = compileMatcher([{ slug: 'polonez', name: 'Polonez', type: 'weapon-system', aliases: ['Palanez', 'Lukashenka'], description: 'A test entry.' }]);
    for (const word of ['Полонез', 'Полонезом', 'Паланэза', 'Лукашэнку']) expect(findMatches(bare, `о ${word}`).map((m) => m.entity)).toEqual(['polonez']);
  });
  it('does not transliterate short names: Скифы (Scythians) is not Skif', () => {
    expect(slugOf('Скифы')).toBeNull();
    expect(slugOf('Скиф')).toBeNull();
  });
});

describe('look-alikes never tag the wrong entity', () => {
  it('keeps Russian words that share a prefix with Россия apart from it', () => {
    expect(slugOf('Росгвардия')).toBeNull();
    expect(slugOf('Росгвардии')).toBeNull();
    expect(slugOf('Рось')).toBeNull();
    expect(slugOf('Ростов')).toBeNull();
    expect(slugOf('российский')).toBe('russia');
  });
  it('does not take польза for Польша, nor a lowercase common noun for a name', () => {
    expect(slugOf('польза')).toBeNull();
    expect(slugOf('Польза')).toBeNull();
    expect(slugOf('полонез')).toBeNull();
    expect(slugOf('Чадом')).toBe('chad');
  });
  it('does not take the adjective of a city for the city', () => {
    expect(tags('Минский район и Мінскі раён')).toEqual([]);
    expect(slugOf('Минск')).toBe('minsk');
  });
  it('does not tag a name excluded as a common word, even at the start of a sentence', () => {
    expect(tags('Того же мнения придерживается Минск.')).toEqual(['Минск→minsk']);
    expect(tags('Chad Smith met officials in Minsk.')).toEqual(['Minsk→minsk']);
    expect(tags('He flew to New Jersey.')).toEqual([]);
  });
  it('applies no Polish, German or French endings to an English article', () => {
    expect(tags('Rosji and Chin are not English.', 'en')).toEqual([]);
    expect(tags('Rosji', 'pl')).toEqual(['Rosji→russia']);
  });
});

describe('the fallback never overrides an exact form, and refuses ambiguity', () => {
  const ent = (slug: string, name: string, names: Record<string, string[]>): Entity => ({
    slug,
    name,
    type: 'place',
    aliases: [],
    description: 'A test entry.',
    names,
  });
  it('lets an exact form of one entity beat an inflection of another', () => {
    const m = compileMatcher([ent('a', 'Alpha', { ru: ['Борисов'] }), ent('b', 'Beta', { ru: ['Борисова'] })]);
    expect(findMatches(m, 'в Борисова').map((x) => x.entity)).toEqual(['b']);
    expect(findMatches(m, 'с Борисовом').map((x) => x.entity)).toEqual(['a']);
  });
  it('tags nothing when an inflected word could be either of two entities', () => {
    const m = compileMatcher([ent('a', 'Alpha', { ru: ['Марин'] }), ent('b', 'Beta', { ru: ['Марина'] })]);
    // "Марину" is the accusative of Марина and the dative of Марин.
    expect(findMatches(m, 'к Марину')).toEqual([]);
    expect(findMatches(m, 'с Мариной').map((x) => x.entity)).toEqual(['b']);
  });
  it('lists the inflection keys two entities share, and tags neither through them', () => {
    const m = compileMatcher([ent('a', 'Alpha', { ru: ['Красный'] }), ent('b', 'Beta', { ru: ['Красной'] })]);
    expect(m.fold.ambiguous.map((x) => x.entities)).toContainEqual(['a', 'b']);
    expect(findMatches(m, 'у Красного')).toEqual([]);
    expect(findMatches(m, 'у Красный').map((x) => x.entity)).toEqual(['a']);
  });
});

describe('content:check in Cyrillic text', () => {
  it('lists capitalised names the gazetteer lacks, and not the inflected names it knows', () => {
    const title = 'Завод Тетраэдр показал Полонез в Минске';
    const body = [{ kind: 'paragraph' as const, text: 'Об этом сообщили на заводе Тетраэдр, где был Виктор Хренин. Затем Лукашенко посетил Германию.', line: 1 }];
    const { mentions } = tagArticle(matcher, title, body, 'ru');
    const names = findCandidateNames(title, body, mentions, []).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Тетраэдр', 'Виктор Хренин']));
    for (const known of ['Полонез', 'Минске', 'Лукашенко', 'Германию']) expect(names).not.toContain(known);
  });
});
