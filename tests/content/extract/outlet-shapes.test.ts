/**
 * Outlet evidence in shapes the first rules missed: a © mark anywhere in a short line, a caseless
 * script's © name (Georgian letters are Ll in Unicode), the unspaced separators of CJK page titles,
 * a source label after a date on one line, a site printed beside the date, and a masthead that a
 * longer © name extends. Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { outletFinds } from '@/lib/content/extract/outlet-lines';

const finds = (text: string, language: string) => outletFinds(sourceLines(text), nameStopwords(language)).map(({ value, kind, line }) => ({ value, kind, line }));

describe('© lines wherever the mark stands', () => {
  it.each([
    ['版权所有 © 江南晚报', 'zh', '江南晚报'],
    ['Sva prava zadržana © 2026 Beogradski Glasnik', 'sr', 'Beogradski Glasnik'],
    ['Overijssels Dagblad © 2026', 'nl', 'Overijssels Dagblad'],
    ['© Rīgas Ziņas, 2026', 'lv', 'Rīgas Ziņas'],
    ['© ახალიამბები 2026. ყველა უფლება დაცულია.', 'ka', 'ახალიამბები'],
  ])('reads “%s”', (line, language, name) => {
    expect(finds(`Vesti\nOvo je prva rečenica teksta koja ima dovoljno reči.\n${line}`, language)).toContainEqual({ value: name, kind: 'copyright line', line: 3 });
  });

  it('takes nothing from a rights phrase alone or from a sentence about copyright', () => {
    expect(finds('Nyheter\nAlla rättigheter förbehållna ©', 'sv')).toEqual([]);
    expect(finds('Notizie\n© 2026 Riproduzione riservata', 'it')).toEqual([]);
    expect(finds('Home\nCopyright law in the country was changed in 2019 after a long debate in parliament about authors and their rights online.', 'en')).toEqual([]);
  });
});

describe('title lines of CJK pages', () => {
  it('reads a full-width bar and Chinese underscores without spaces', () => {
    expect(finds('市内に新しい橋が完成、来月開通へ｜東洋新聞デジタル\nニュース', 'ja')).toEqual([{ value: '東洋新聞デジタル', kind: 'title line', line: 1 }]);
    expect(finds('城市新建跨江大桥正式通车_新闻频道_东江网\n首页\n城市新建跨江大桥正式通车', 'zh')).toEqual([{ value: '东江网', kind: 'title line', line: 1 }]);
  });

  it('does not read a dateline with a byline after a bar as a title line', () => {
    expect(finds('Glasnik.rs 05.12.2026 | Marko Petrović\nOpština dobila novi kamion', 'sr')).toEqual([{ value: 'Glasnik.rs', kind: 'dateline', line: 1 }]);
  });
});

describe('names on the date line', () => {
  it('reads a source label after the date on one line', () => {
    expect(finds('首页\n城市新建跨江大桥正式通车\n2026年12月05日 10:15 来源：江南晚报', 'zh')).toEqual([{ value: '江南晚报', kind: 'source label', line: 3 }]);
  });

  it('counts a site beside the date for one point unless it has a brand shape, and never a menu section', () => {
    const weights = (text: string, language: string) => outletFinds(sourceLines(text), nameStopwords(language)).map(({ value, weight }) => ({ value, weight }));
    expect(weights('Vesti\nHadiszemle | 2026. 12. 05., 10:15', 'hu')).toEqual([{ value: 'Hadiszemle', weight: 1 }]);
    expect(weights('Vesti\nGlasnik.rs · 05.12.2026', 'sr')).toEqual([{ value: 'Glasnik.rs', weight: 2 }]);
    // Only a line of fields is read: a bare "Name date" line may be a place and its date.
    expect(weights('Vesti\nHadiszemle 2026. 12. 05.', 'hu')).toEqual([]);
    // A domain before the date is no place: its address is one point, its brand shape two.
    expect(weights('Vesti\nGlasnik.rs 05.12.2026', 'sr')).toEqual([{ value: 'Glasnik.rs', weight: 2 }, { value: 'glasnik.rs', weight: 1 }]);
    expect(weights('Accueil\nDéfense\nInternational\n3 mars 2019 | Défense, International', 'fr')).toEqual([]);
  });

  it('takes a masthead that the date line names again, and one the © line names again with its publisher’s company word', () => {
    expect(finds('Hadiszemle\nBelföld\nHadiszemle | 2026. 12. 05., 10:15', 'hu')).toContainEqual({ value: 'Hadiszemle', kind: 'masthead', line: 1 });
    const text = 'Alföldi Hírlap\nBelföld\nÚj hidat építenek\nA közgyűlés bejelentette, hogy hidat építenek.\nCopyright © 2026 Alföldi Hírlap Kiadó. Minden jog fenntartva.';
    expect(finds(text, 'hu')).toEqual([
      { value: 'Alföldi Hírlap', kind: 'masthead', line: 1 },
      { value: 'Alföldi Hírlap', kind: 'copyright line', line: 5 },
    ]);
  });
});

describe('the page’s own web address', () => {
  it('names the masthead again when its letters spell the host, in any script', () => {
    const dutch = 'Zeeuws Dagblad\nNieuws\nGemeente opent brug\nDe gemeente heeft een brug geopend na drie jaar bouwen.\nLees meer op www.zeeuwsdagblad.nl';
    expect(finds(dutch, 'nl')).toEqual([
      { value: 'Zeeuws Dagblad', kind: 'masthead', line: 1 },
      { value: 'zeeuwsdagblad.nl', kind: 'web address', line: 5 },
    ]);
    const georgian = 'ნეტგაზეთი\nმთავარი\nსტატია\nტექსტი აქ არის, რომ გაიგოთ.\nhttps://netgazeti.ge/news/12345/';
    expect(finds(georgian, 'ka')[0]).toEqual({ value: 'ნეტგაზეთი', kind: 'masthead', line: 1 });
  });

  it('gives a linked address alone one point, never an outlet by itself', () => {
    const weights = outletFinds(sourceLines('Nieuws\nZie ook https://www.rijksoverheid.nl/documenten voor de brief.'), nameStopwords('nl')).map(({ value, weight }) => ({ value, weight }));
    expect(weights).toEqual([{ value: 'rijksoverheid.nl', weight: 1 }]);
  });

  it('names the outlet by an address printed on a line of its own, a long top-level label too', () => {
    const story = 'Главная\nЛента\n/ vestnik-kraya.example\nВласти края объявили о ремонте моста через реку в следующем году.\nРаботы займут около полугода.';
    const weights = outletFinds(sourceLines(story), nameStopwords('ru')).map(({ value, weight }) => ({ value, weight }));
    expect(weights).toEqual([{ value: 'vestnik-kraya.example', weight: 2 }]);
    const chosen = chooseOutlet(outletFinds(sourceLines(story), nameStopwords('ru')), null);
    expect(chosen?.value).toBe('vestnik-kraya.example');
    expect(outletFinds(sourceLines('Nieuws\nhttps://www.Noordkrant.nl\nDe gemeente opent een brug.'), nameStopwords('nl')).map((f) => f.value)).toEqual(['noordkrant.nl']);
  });
});
