/**
 * The masthead printed once, over the menu: a single capitalised word over a menu that opens with the home link, a
 * name without letter case over the menu's run, a name under the day's date over the menu; and the top lines of the
 * same shape that are no masthead (a menu's first entry, a section's label over its sub-sections, a language switch,
 * the home link, a headline's fragment, a name the page prints again). Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { menuMastheadFind } from '@/lib/content/extract/outlet-menu-masthead';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { outletFinds } from '@/lib/content/extract/outlet-lines';

const read = (lines: readonly string[], language: string) => menuMastheadFind(sourceLines(lines.join('\n')), nameStopwords(language))?.value ?? null;

const story = ['A new footbridge opened over the river on Friday morning.', 'Council engineers said the crossing cuts the walk to the station.'];

describe('a name printed once over the menu', () => {
  it.each([
    [['Fenwater', 'Home | News | Sport | Opinion', 'New footbridge opens over the river', ...story], 'en', 'Fenwater'],
    [['Vikbladet', 'Hem', 'Nyheter', 'Sport', 'Kultur', 'Ny bro öppnar'], 'sv', 'Vikbladet'],
    [['Freitag, 5. Dezember 2026', 'Talbotin', 'Startseite', 'Region', 'Politik', 'Sport', 'Gemeinderat beschließt neue Buslinie'], 'de', 'Talbotin'],
    [['Sexta-feira, 5 de dezembro de 2026', 'Folha Ribeirinha', 'Início | Política | Economia | Desporto', 'Obras na estrada'], 'pt', 'Folha Ribeirinha'],
    [['江南晨报', '首页', '要闻', '国内', '国际', '城东新建公园下月正式开放'], 'zh', '江南晨报'],
    [['한빛일보', '홈', '정치', '경제', '사회', '시청 앞 광장에 새 분수대'], 'ko', '한빛일보'],
    [['صحيفة الواحة', 'الرئيسية · محليات · رياضة · اقتصاد', 'افتتاح جسر جديد فوق الوادي'], 'ar', 'صحيفة الواحة'],
    [['江南晨报', '要闻 | 国内 | 国际', '城东新建公园下月正式开放'], 'zh', '江南晨报'],
  ])('reads the name over %j', (lines, language, name) => {
    expect(read(lines, language)).toBe(name);
  });

  it.each([
    [['Wiadomości', 'Region', 'Sport', 'Kultura', 'Nowy most'], 'pl', 'the menu’s first entry: no home link under it'],
    [['Wiadomości', 'Kraj | Świat | Region', 'Nowy most'], 'pl', 'a section’s label over its sub-sections'],
    [['English', 'Home', 'News', 'Business', 'Culture', 'Port approves terminal'], 'en', 'a language switch as long as the entries'],
    [['Startseite', 'Nachrichten', 'Region', 'Sport'], 'de', 'the home link itself'],
    [['Politics', 'Home | World | Politics | Sport'], 'en', 'an entry of the menu under it'],
    [['Fenwater', 'Home | News | Sport | Opinion', 'Read more from Fenwater'], 'en', 'a name the page prints again'],
    [['Harbour', 'Home', 'News', 'Sport', 'Boats moored in the harbour overnight'], 'en', 'a word the page writes in lower case'],
    [['地铁新线开通', '首页', '要闻', '社会', '地铁新线今日开通'], 'zh', 'a fragment of the headline'],
    [['정치', '국회 | 행정 | 외교 | 국방'], 'ko', 'a section’s label as short as its sub-sections'],
    [['Fenwater', 'Footbridge opens over the river', ...story], 'en', 'no menu under it'],
    [['Fenwater', 'Home', 'News'], 'en', 'two entries: too few to say menu'],
  ])('does not read %j (%s: %s)', (lines, language) => {
    expect(read(lines, language)).toBeNull();
  });
});

describe('the name over the menu as the page outlet', () => {
  it('names the outlet from the name alone on top of the page, printed once', () => {
    const text = ['Fenwater', 'Home | News | Sport | Opinion', 'New footbridge opens over the river', ...story, 'Share this article'].join('\n');
    const finds = outletFinds(sourceLines(text), nameStopwords('en'));
    expect(chooseOutlet(finds, null, 3)?.value).toBe('Fenwater');
  });

  it('names none when the section’s label stands over its sub-sections', () => {
    const text = ['Wiadomości', 'Kraj | Świat | Region', 'Nowy most na rzece otwarty po dwóch latach', 'Nowy most został w piątek otwarty dla samochodów.', 'Przeprawa skraca drogę do szpitala.'].join('\n');
    expect(chooseOutlet(outletFinds(sourceLines(text), nameStopwords('pl')), null, 3)).toBeNull();
  });
});
