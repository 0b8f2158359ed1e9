/**
 * Nationality adjectives and names in the shapes a language gives them beyond
 * a plain ending: plural alternations (Czech ruští, Portuguese letões, Italian
 * polacchi, Romanian ucrainene), regional spellings (European Portuguese
 * polaco), Dutch long vowels (Chinese, Chinezen), peoples named from the
 * adjective's stem (Greek Κινέζοι, Georgian რუსი), Georgian case endings after
 * თ (რუსეთში), Romanian ea/e (Uniunii Europene), Hebrew gershayim, an
 * editor's lowercase adjective on an entity without iso, and Latin names
 * spelt in Armenian, Korean (with a particle) and Thai. Against a small
 * gazetteer of its own (tests/fixtures/names-recall/entities.yaml); expected
 * slugs are written by hand. The pairs that must not meet are common words
 * one letter or one rule away from those forms.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { textAdjectiveStems } from '@/lib/content/tagging/adjective-stems';
import { withCountries } from '@/lib/content/tagging/country-entities';
import { foldStem, textFoldStems } from '@/lib/content/tagging/fold-key';
import { parseGazetteer } from '@/lib/content/tagging/gazetteer';
import { compileMatcher, tagArticle } from '@/lib/content/tagging/tag';
import { normaliseSeparator } from '@/lib/content/tagging/tokens';

const file = fileURLToPath(new URL('../../fixtures/names-recall/entities.yaml', import.meta.url));
const parsed = parseGazetteer(readFileSync(file, 'utf8'), file);
const listed = new Set(parsed.entities.filter((e) => e.iso !== undefined).map((e) => e.slug));
const matcher = compileMatcher(withCountries(parsed.entities).entities, (e) => listed.has(e.slug));

const tags = (language: string, text: string) => tagArticle(matcher, '', [{ kind: 'paragraph', text, line: 1 }], language).entities.map((e) => e.slug).sort();

/** [language, text, the entities it names]: each must be found, and nothing else. */
const meet: [string, string, string[]][] = [
  ['cs', 'ruští a polští vojáci u hranice', ['poland', 'russia']],
  ['cs', 'ukrajinští a lotyšští diplomaté', ['latvia', 'ukraine']],
  ['cs', 'Rusové a bývalého Sovětského svazu', ['russia', 'soviet-union']],
  ['cs', 'v Moskvě a s Moskvou', ['moscow']],
  ['pt', 'guardas polacos e diplomatas letões', ['latvia', 'poland']],
  ['pt', 'as tropas bielorrussas na fronteira polaca', ['belarus', 'poland']],
  ['it', 'i polacchi e le guardie polacche', ['poland']],
  ['ro', 'trupe ucrainene și grăniceri lituanieni', ['lithuania', 'ukraine']],
  ['ro', 'belarușii și rușii', ['belarus', 'russia']],
  ['ro', 'sancțiunile Uniunii Europene', ['european-union']],
  ['ro', 'la Moscova și la Moscovei', ['moscow']],
  ['nl', 'Chinese bedrijven en de Chinezen', ['china']],
  ['nl', 'de Poolse grens', ['poland']],
  ['nl', 'de Litouwers en de Litouwer', ['lithuania']], // a people in -er(s) from the adjective's stem (Litouws)
  ['el', 'οι Κινέζοι και οι Ρώσοι', ['china', 'russia']],
  ['ka', 'რუსი ოფიცერი და ჩინური რაკეტები', ['china', 'russia']],
  ['ka', 'რუსეთში და ჩინეთში', ['china', 'russia']],
  ['ka', 'მოსკოვში', ['moscow']],
  ['hu', 'Moszkvával és Moszkvában', ['moscow']],
  ['hu', 'az Európai Unióban és az Európai Uniótól', ['european-union']], // Unió: a stem too short without its vowels keeps them
  ['he', 'נאט״ו והאיחוד', ['nato']],
  ['sv', 'Vitrysslands president och vitryska soldater', ['belarus']],
  ['hy', 'Լուկաշենկոն և Ռուսաստանի նախագահը', ['alexander-lukashenko', 'russia']], // ու is u; the article -ն and genitive -ի
  ['ko', '루카셴코는 러시아의 이스칸데르 미사일을', ['alexander-lukashenko', 'iskander', 'russia']], // particles 는, 의 after the name
  ['th', 'ลูกาเชนโก และ อิสกันเดร์', ['alexander-lukashenko', 'iskander']], // pieces the segmenter makes, joined: consonant skeleton
];

/** [language, text]: words one letter or one rule away from the forms above; nothing may be tagged. */
const apart: [string, string][] = [
  ['nl', 'De pols van de patiënt; de polsen waren koud.'],
  ['nl', 'De letters en de polder.'], // letters is no people of Lets (Latvian) // Pools (Polish) keeps its long vowel: not pols (pulse)
  ['cs', 'Růst ekonomiky a s růstem cen.'], // ruští is rusk-, růstem is no -ští plural
  ['cs', 'V oblasti a v části země.'], // -sti words that are no adjective of a listed country
  ['ro', 'Ideea mea și aceea, cea mai bună.'], // ea → e meets no name
  ['ro', 'Istoria Europei.'], // Europei (Europe's) is not Europeană
  ['it', 'Le banche e pochi amici.'], // the h of -chi is dropped only to meet a stem
  ['it', 'Una mosca sul tavolo.'], // a fly, lowercase: no city
  ['sv', 'Det finns en risk.'],
  ['ka', 'სამხედრო ჩინი.'], // ჩინი (rank) is no people: Georgian peoples come only from -ul- adjectives
  ['pt', 'A rede e o leão.'],
  ['ko', '러시아워에는 도로가 막힌다.'], // 러시아워 (rush hour) is no case of 러시아: 워 is no particle
  ['ko', '누가 알겠는가.'], // 알겠는가 has Lukashenko's consonant skeleton, but opens with a vowel and 루카셴코 does not
  ['ko', '말하거니와 거니와 문제다.'], // 거니와 romanised would be 건지 (Guernsey) with the particle 와
  ['th', 'ประธานาธิบดีพบกับเจ้าหน้าที่'], // ordinary words in a row spell no name's skeleton
  ['hy', 'Նախագահը հանդիպել է։'],
  ['hu', 'Az unió tagjai és az Európai Parlament.'], // one word of a two-word name is not the name
];

describe('names in the shapes their language gives them', () => {
  it('reads its gazetteer without errors', () => expect(parsed.errors).toEqual([]));
  for (const [language, text, expected] of meet) {
    it(`${language}: ${text}`, () => expect(tags(language, text)).toEqual([...expected].sort()));
  }
  for (const [language, text] of apart) {
    it(`${language} tags nothing in: ${text}`, () => expect(tags(language, text)).toEqual([]));
  }
});

describe('the rules underneath', () => {
  it('undoes the Czech -ští/-čtí plural of an adjective in -ský/-cký', () => {
    expect(textAdjectiveStems('ruští', 'cs')).toContain('rusk');
    expect(textAdjectiveStems('němečtí', 'cs')).toContain('nemeck');
  });
  it('reads Portuguese -ões as the plural of -ão', () => expect(textAdjectiveStems('letões', 'pt')).toContain('letao'));
  it('cuts a Georgian case ending after თ: რუსეთში is რუსეთი in a case', () => {
    expect(textFoldStems('რუსეთში', 'ka')).toContain(foldStem('რუსეთი', 'ka'));
  });
  it('folds Romanian ea and e together: Europene is Europeană in a case', () => {
    expect(textFoldStems('Europene', 'ro')).toContain(foldStem('Europeană', 'ro'));
  });
  it('keeps Romanian Europei apart from Europeană', () => expect(textFoldStems('Europei', 'ro')).not.toContain(foldStem('Europeană', 'ro')));
  it('reads Hebrew gershayim as the quote of an acronym', () => expect(normaliseSeparator('״')).toBe('"'));
});
