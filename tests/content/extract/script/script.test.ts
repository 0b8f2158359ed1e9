import { describe, expect, it } from 'vitest';
import { dominantScript, languageOfScript, scriptOfLanguage } from '@/lib/content/extract/script/text-script';
import { cldrLanguages, languagesOfScript } from '@/lib/content/extract/script/script-tables';

// Short phrases written for this test ("the state government announced a new plan today" and the like).
const named: [string, string, string][] = [
  ['Gujarati', 'gu', 'રાજ્ય સરકારે આજે નવી યોજના જાહેર કરી'],
  ['Gurmukhi', 'pa', 'ਰਾਜ ਸਰਕਾਰ ਨੇ ਅੱਜ ਨਵੀਂ ਯੋਜਨਾ ਦਾ ਐਲਾਨ ਕੀਤਾ'],
  ['Kannada', 'kn', 'ರಾಜ್ಯ ಸರ್ಕಾರ ಇಂದು ಹೊಸ ಯೋಜನೆ ಘೋಷಿಸಿತು'],
  ['Telugu', 'te', 'రాష్ట్ర ప్రభుత్వం ఈ రోజు కొత్త పథకాన్ని ప్రకటించింది'],
  ['Malayalam', 'ml', 'സംസ്ഥാന സർക്കാർ ഇന്ന് പുതിയ പദ്ധതി പ്രഖ്യാപിച്ചു'],
  ['Tamil', 'ta', 'மாநில அரசு இன்று புதிய திட்டத்தை அறிவித்தது'],
  ['Thaana', 'dv', 'ސަރުކާރުން މިއަދު އައު ރޭވުމެއް އިޢުލާން ކުރި'],
  ['Mongolian', 'mn', 'ᠮᠣᠩᠭᠣᠯ ᠤᠯᠤᠰ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ'],
  ['Georgian', 'ka', 'მთავრობამ დღეს ახალი გეგმა გამოაცხადა'],
  ['Armenian', 'hy', 'Կառավարությունն այսօր նոր ծրագիր հայտարարեց'],
  ['Greek', 'el', 'Η κυβέρνηση ανακοίνωσε σήμερα νέο σχέδιο'],
  ['Hangul', 'ko', '정부는 오늘 새로운 계획을 발표했다'],
];

describe('scripts nobody listed by hand', () => {
  it.each(named)('finds the %s script and names its one language (%s)', (script, lang, text) => {
    expect(dominantScript(text)).toBe(script);
    expect(languageOfScript(text)).toBe(lang);
  });

  it('names no language for a script several languages share', () => {
    expect(languageOfScript('Правительство объявило новый план')).toBeNull();
    expect(languageOfScript('The government announced a new plan')).toBeNull();
    expect(languageOfScript('सरकार ने आज नई योजना की घोषणा की')).toBeNull();
    expect(languageOfScript('政府今天宣布了新计划')).toBeNull();
    expect(languageOfScript('政府は今日、新しい計画を発表した')).toBe('ja');
  });

  it('knows the languages written in a shared script', () => {
    expect(languagesOfScript('Cyrillic')).toEqual(expect.arrayContaining(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'mn', 'tg']));
    expect(languagesOfScript('Devanagari')).toEqual(expect.arrayContaining(['hi', 'mr', 'ne']));
    expect(languagesOfScript('Gujarati')).toEqual(['gu']);
    expect(languagesOfScript('no such script')).toEqual([]);
  });

  it('gives each language its script, Latin for a tag nobody knows and none for und', () => {
    expect(scriptOfLanguage('gu')).toBe('Gujarati');
    expect(scriptOfLanguage('dv')).toBe('Thaana');
    expect(scriptOfLanguage('mn')).toBe('Cyrillic');
    expect(scriptOfLanguage('kk')).toBe('Cyrillic');
    expect(scriptOfLanguage('ja')).toBe('Han');
    expect(scriptOfLanguage('ko')).toBe('Hangul');
    expect(scriptOfLanguage('cy')).toBe('Latin');
    expect(scriptOfLanguage('qx')).toBe('Latin');
    expect(scriptOfLanguage('und')).toBeNull();
  });

  it('lists the two-letter languages CLDR names, in code order, without deprecated aliases', () => {
    const all = cldrLanguages();
    for (const tag of ['en', 'gu', 'pa', 'si', 'te', 'my', 'lo', 'ka']) expect(all).toContain(tag);
    // iw, in and ji are old codes of Hebrew, Indonesian and Yiddish; sh of Serbo-Croatian.
    for (const alias of ['iw', 'in', 'ji', 'sh']) expect(all).not.toContain(alias);
    expect(all.every((tag) => /^[a-z]{2}$/.test(tag))).toBe(true);
    expect([...all].sort()).toEqual(all);
    expect(new Set(all).size).toBe(all.length);
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
