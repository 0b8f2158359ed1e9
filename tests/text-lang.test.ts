import { describe, expect, it } from 'vitest';
import { detectLanguage } from '@/lib/content/extract/language';
import { blockLang, cyrillicLang, dominantScript, languageOfScript, scriptOfLanguage } from '@/lib/text-lang';

describe('cyrillicLang', () => {
  it('marks a Russian photo credit as ru', () => {
    expect(cyrillicLang('Фото: Министерство обороны Республики Казахстан')).toBe('ru');
  });

  it('marks Belarusian text (ў, і, no и/щ/ъ) as be', () => {
    expect(cyrillicLang('Фота: Міністэрства абароны Рэспублікі Беларусь, ўсе правы')).toBe('be');
  });

  it('marks Ukrainian text (ї, є, ґ) as uk', () => {
    expect(cyrillicLang('Міністерство оборони України')).toBe('uk');
  });

  it('leaves Latin text and mostly-Latin text to the page language', () => {
    expect(cyrillicLang('Photo: Ministry of Defence')).toBeNull();
    expect(cyrillicLang('Photo by the Ministry of Defence (Минобороны)')).toBeNull();
    expect(cyrillicLang('• $ 87.25 -0.60')).toBeNull();
  });
});

describe('blockLang', () => {
  it('leaves text in the story language alone', () => {
    expect(blockLang('Министерство обороны сообщило об испытаниях.', 'ru')).toBeNull();
    expect(blockLang('The ministry reported the tests.', 'en')).toBeNull();
  });
  it('does not call a Ukrainian block Russian for lack of a telling letter', () => {
    expect(blockLang('Танк на заводі', 'uk')).toBeNull();
  });
  it('gives a Latin-script block in a Cyrillic story the detector answer', () => {
    expect(blockLang('The ministry said the new systems would be delivered before the end of the year.', 'be')).toBe('en');
  });
  it('calls a Latin block too short to judge und', () => {
    expect(blockLang('Photo: AP', 'ru')).toBe('und');
  });
});

describe('dominantScript and scriptOfLanguage', () => {
  it('finds the script most letters are in', () => {
    expect(dominantScript('NATO и ОДКБ провели переговоры')).toBe('Cyrillic');
    expect(dominantScript('Ministry (Минобороны) said')).toBe('Latin');
    expect(dominantScript('• $ 87.25')).toBeNull();
  });
  it('knows Cyrillic and Greek languages and has no script for und', () => {
    expect(scriptOfLanguage('be')).toBe('Cyrillic');
    expect(scriptOfLanguage('el')).toBe('Greek');
    expect(scriptOfLanguage('lt')).toBe('Latin');
    expect(scriptOfLanguage('und')).toBeNull();
  });
});

describe('one language decision for articles and blocks', () => {
  // Sentences written for this test; the Ukrainian one has і but none of ї, є, ґ.
  const uk = 'Міністерство оборони повідомило, що нові радари надійдуть до війська наступного року, а випробування триватимуть усе літо.';
  const be = 'Міністэрства абароны паведаміла, што новыя радары паступяць у войска ў наступным годзе, а выпрабаванні працягнуцца ўсё лета.';
  const ru = 'Министерство обороны сообщило, что новые радары поступят в войска в следующем году, а испытания продлятся всё лето.';

  it.each([
    ['uk', uk],
    ['be', be],
    ['ru', ru],
  ])('tags a %s paragraph the same as an article, as a block in another story and as a quoted line', (want, text) => {
    expect(detectLanguage(text).value).toBe(want);
    expect(blockLang(text, 'en')).toBe(want);
    expect(blockLang(text, 'de')).toBe(want);
    expect(cyrillicLang(text)).toBe(want);
  });

  it('marks an East Slavic block inside a story in another East Slavic language', () => {
    expect(blockLang(uk, 'ru')).toBe('uk');
    expect(blockLang(be, 'uk')).toBe('be');
    expect(blockLang(ru, 'be')).toBe('ru');
    expect(blockLang(uk, 'uk')).toBeNull();
  });

  it('names Georgian and Armenian from their script, even in a line too short for n-grams', () => {
    expect(detectLanguage('ფოტო: თავდაცვის სამინისტრო').value).toBe('ka');
    expect(detectLanguage('Լուսանկարը՝ ՊՆ').value).toBe('hy');
    expect(blockLang('ფოტო: თავდაცვის სამინისტრო', 'en')).toBe('ka');
    expect(blockLang('Լուսանկարը՝ ՊՆ', 'ru')).toBe('hy');
    expect(blockLang('ფოტო: თავდაცვის სამინისტრო', 'ka')).toBeNull();
  });

  it('takes kana for Japanese but leaves Han alone to the detector', () => {
    expect(languageOfScript('防衛省は新しいレーダーを発表した')).toBe('ja');
    expect(languageOfScript('国防部宣布了新的雷达')).toBeNull();
  });
});
