import { describe, expect, it } from 'vitest';
import { blockLang, cyrillicLang, dominantScript, scriptOfLanguage } from '@/lib/text-lang';

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
