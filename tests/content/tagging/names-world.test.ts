/**
 * Names across scripts and word shapes, against a frozen copy of the real
 * gazetteer (tests/fixtures/names-world/entities.yaml): words of unspaced
 * scripts, Arabic and Hebrew prefixes, nationality adjectives derived by rule,
 * consonant skeletons, acronyms in other scripts, CLDR's names of the EU; and
 * the pairs that must not meet. Expected slugs are written by hand.
 */
import { describe, expect, it } from 'vitest';
import { withCountries } from '@/lib/content/tagging/country-entities';
import { parseGazetteer } from '@/lib/content/tagging/gazetteer';
import { compileMatcher, tagArticle } from '@/lib/content/tagging/tag';
import { namesWorldGazetteer, namesWorldStories } from '../../fixtures/names-world/load';

const source = namesWorldGazetteer();
const parsed = parseGazetteer(source.text, source.file);
const listed = new Set(parsed.entities.filter((e) => e.iso !== undefined).map((e) => e.slug));
const matcher = compileMatcher(withCountries(parsed.entities).entities, (e) => listed.has(e.slug));

const tags = (language: string, text: string) => tagArticle(matcher, '', [{ kind: 'paragraph', text, line: 1 }], language).entities.map((e) => e.slug).sort();

/** [language, text, the entities it names]: each must be found, and nothing else. */
const meet: [string, string, string[]][] = [
  ['zh', '白俄罗斯总统卢卡申科表示', ['alexander-lukashenko', 'belarus']],
  ['zh', '俄罗斯将部署“伊斯坎德尔”导弹', ['iskander', 'russia']],
  ['zh', '北约和欧盟正在准备新的制裁措施', ['european-union', 'nato']], // 北约 is NATO's Chinese name in the gazetteer
  ['ja', 'ベラルーシのルカシェンコ大統領は', ['alexander-lukashenko', 'belarus']],
  ['ja', 'ミサイル「イスカンデル」と欧州連合', ['european-union', 'iskander']],
  ['ar', 'وقال لوكاشينكو إن بلاده تثق بالصين وبروسيا', ['alexander-lukashenko', 'china', 'russia']],
  ['ar', 'الحكومة البولندية والشركات الروسية', ['poland', 'russia']],
  ['ar', 'صواريخ إسكندر للصين والاتحاد الأوروبي', ['china', 'european-union', 'iskander']],
  ['he', 'לוקשנקו נפגש בבלארוס עם בכירים מרוסיה', ['alexander-lukashenko', 'belarus', 'russia']],
  ['he', 'טילים רוסיים והאיחוד האירופי', ['european-union', 'russia']],
  ['hi', 'लुकाशेंको ने रूसी इस्कंदर मिसाइलें मांगीं', ['alexander-lukashenko', 'iskander', 'russia']],
  ['it', 'il leader bielorusso e le imprese cinesi', ['belarus', 'china']],
  ['it', "l'Unione europea e le autorità lituane", ['european-union', 'lithuania']],
  ['pt', 'o presidente bielorrusso e os empresários chineses', ['belarus', 'china']],
  ['pt', 'as forças armadas russas e o governo polonês', ['poland', 'russia']],
  ['hu', 'a fehérorosz elnök szerint az oroszok és a lengyel határ', ['belarus', 'poland', 'russia']],
  ['hu', 'a kínai befektetők és az Európai Unió', ['china', 'european-union']],
  ['cs', 'běloruský prezident a ruských vojáků u polské hranice', ['belarus', 'poland', 'russia']],
  ['el', 'τα ρωσικά στρατεύματα και η πολωνική κυβέρνηση', ['poland', 'russia']],
  ['el', 'το ΝΑΤΟ και η Ευρωπαϊκή Ένωση', ['european-union', 'nato']],
  ['ka', 'რუსული რაკეტები და ბელარუსული კომპანიები; ნატო', ['belarus', 'nato', 'russia']],
  ['sr', 'белоруски председник и руски војници', ['belarus', 'russia']],
  ['sv', 'ryska soldater och belarusiska företag', ['belarus', 'russia']],
  ['ro', 'rachete rusești și companii chinezești belaruse', ['belarus', 'china', 'russia']],
  ['lv', 'krievu karavīri un baltkrievu uzņēmumi', ['belarus', 'russia']],
  ['nl', 'de Wit-Russische president en Chinese bedrijven', ['belarus', 'china']],
  ['nl', 'Syrische vluchtelingen, Iraanse drones en Noord-Koreaanse granaten', ['iran', 'north-korea', 'syria']], // Dutch adjectives made from the country's name: -ië → -isch, -a → -aans, -an → -aans
  ['nl', 'Moldavische boeren en Azerbeidzjaanse olie', ['azerbaijan', 'moldova']],
  ['nl', 'Kremlinwoordvoerder Peskov, de Polonezsystemen en een Ruslandkenner', ['kremlin', 'polonez', 'russia']], // a name at the head of a closed compound
  ['nl', 'Rogozjevski over Joezjmasj', ['piatro-rahazheuski', 'yuzhmash']], // Dutch zj for ж
  ['nl', 'De Nederlandse regering en twee Nederlanders', ['netherlands']], // a listed country's adjective and people: a generated one gets neither
  ['nl', 'Kievs burgemeester en een Wit-Rus in de VS', ['belarus', 'kyiv', 'united-states']], // Kiev's possessive -s; Wit-Rus (a Belarusian) is no Rus (Russian)
];

/** [language, text]: words that look like a name's spelling or adjective but are not; nothing may be tagged. */
const apart: [string, string][] = [
  ['sv', 'Det finns en risk att priserna stiger.'], // rysk (Russian) is not risk
  ['it', "L'impero romano e il franco svizzero."], // Romania is not the editor's country here: no adjective derived for it
  ['it', 'Però la decisione è rinviata.'], // però is a stopword, not Peru's adjective
  ['hu', 'Az elnök lett a győztes.'], // lett (became) is a stopword, not Latvian
  ['zh', '在马里乌波尔市举行'], // 马里 (Mali) is the edge of an unknown word here: Mariupol
  ['zh', '中俄关系和中美关系'], // characters spell words, not sounds: 中俄 (China–Russia) is no case of 中国
  ['ar', 'أداء مناسك الحج'], // a four-consonant skeleton (mnsk) is no key: not Minsk
  ['pt', 'A rosa e o cinema.'],
  ['nl', "Zuid-Koreaanse auto's en de Koreaanse keuken."], // Noord-Koreaans comes from the whole name Noord-Korea, never from Koreaans alone
  ['nl', 'De logische en fysische wetten; het Amerikaanse continent.'], // lowercase -isch words are no -ië country; Amerika is no name of the United States
  ['nl', 'Ajax vs. PSV eindigde gelijk.'], // VS matches only in capitals
  ['nl', 'In Indianapolis at hij Polenta en daarna Chinatown.'], // a compound's head has six letters or more (India, Polen, China) and its tail five (-ta)
  ['nl', 'Een nederlaag en de Nedersaksische dialecten.'], // nederlaag (defeat) and Low Saxon are no adjective of Nederland
  ['nl', 'Het kanaal KremlinPress en de code Kremlin2024.'], // the tail of a compound is a lowercase word: no capital, no digits
];

describe('names across scripts and word shapes', () => {
  it('reads its gazetteer without errors', () => expect(parsed.errors).toEqual([]));
  for (const [language, text, expected] of meet) {
    it(`${language}: ${text}`, () => expect(tags(language, text)).toEqual([...expected].sort()));
  }
  for (const [language, text] of apart) {
    it(`${language} tags nothing in: ${text}`, () => expect(tags(language, text)).toEqual([]));
  }
});

describe('the names-world stories', () => {
  const stories = namesWorldStories();
  it('cover 16 languages', () => expect(new Set(stories.map((s) => s.language)).size).toBe(16));
  for (const s of stories) {
    it(`${s.id}: no tag the story does not name`, () => {
      const body = s.paragraphs.map((text, i) => ({ kind: 'paragraph' as const, text, line: i + 3 }));
      const found = tagArticle(matcher, s.title, body, s.language).entities.map((e) => e.slug);
      expect(found.filter((slug) => !s.expected.includes(slug))).toEqual([]);
    });
  }
  it('finds at least 90% of the names the stories name (cities the gazetteer spells only in English aside, all but a few)', () => {
    let expected = 0;
    let found = 0;
    for (const s of stories) {
      const body = s.paragraphs.map((text, i) => ({ kind: 'paragraph' as const, text, line: i + 3 }));
      const slugs = tagArticle(matcher, s.title, body, s.language).entities.map((e) => e.slug);
      expected += s.expected.length;
      found += s.expected.filter((slug) => slugs.includes(slug)).length;
    }
    expect(found / expected).toBeGreaterThanOrEqual(0.9);
  });
});
