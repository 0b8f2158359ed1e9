import { describe, expect, it } from 'vitest';
import { compileArchive } from '@/lib/content/archive';
import { blockLang, cyrillicLang, withBlockLangs, withLineLangs } from '@/lib/content/extract/language/block-langs';
import { detectLanguage } from '@/lib/content/extract/language/detect';
import { languageOfScript } from '@/lib/content/extract/script/text-script';
import type { BodyBlock } from '@/lib/content/schema';

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

// Sentences written for these tests; the Ukrainian one has і but none of ї, є, ґ.
const uk = 'Міністерство оборони повідомило, що нові радари надійдуть до війська наступного року, а випробування триватимуть усе літо.';
const be = 'Міністэрства абароны паведаміла, што новыя радары паступяць у войска ў наступным годзе, а выпрабаванні працягнуцца ўсё лета.';
const ru = 'Министерство обороны сообщило, что новые радары поступят в войска в следующем году, а испытания продлятся всё лето.';
const en = 'The defence ministry said the new radars would reach the troops next year and that the trials would last all summer.';

describe('one language decision for articles and blocks', () => {
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

describe('the languages a compiled story records', () => {
  const block = (text: string, line: number, lang?: string): BodyBlock => (lang === undefined ? { kind: 'paragraph', text, line } : { kind: 'paragraph', text, line, lang });

  it('records a block language only where it is not the story’s, and drops one recorded against an earlier story language', () => {
    expect(withBlockLangs([block(en, 1), block(ru, 2), block(be, 3)], 'en')).toEqual([block(en, 1), block(ru, 2, 'ru'), block(be, 3, 'be')]);
    expect(withBlockLangs([block(en, 1, 'en'), block(ru, 2), block(be, 3, 'be')], 'be')).toEqual([block(en, 1, 'en'), block(ru, 2, 'ru'), block(be, 3)]);
  });

  it('records the language of a mostly Cyrillic removed line and nothing on a Latin one', () => {
    const removed = withLineLangs([
      { line: 1, text: 'Фото: Министерство обороны Республики Казахстан', reason: 'caption' },
      { line: 2, text: 'Photo: Ministry of Defence', reason: 'caption' },
    ]);
    expect(removed).toEqual([
      { line: 1, text: 'Фото: Министерство обороны Республики Казахстан', reason: 'caption', lang: 'ru' },
      { line: 2, text: 'Photo: Ministry of Defence', reason: 'caption' },
    ]);
  });

  const enc = new TextEncoder();
  const more = [
    'The first units are due in the spring, officials said after a meeting with the plant’s managers on Tuesday.',
    'The contract also covers spare parts and the training of crews, and it runs until the end of the decade.',
    'A second batch is expected later, once the trials near the western border have been completed this summer.',
  ];
  // A quotation shorter than the running lines the story's language is detected on (languageSample).
  const quote = 'Министерство обороны сообщило об испытаниях новых радаров.';
  const story = `Ministry announces new radar deliveries\n\n${en}\n\n${quote}\n\n${more.join('\n\n')}\n`;
  const langs = (files: { path: string; bytes: Uint8Array }[]) => compileArchive(files).articles[0]?.body.map((b) => b.lang ?? null);

  it('is compiled with the story: the Russian quotation in an English story is ru, the English blocks inherit', () => {
    expect(langs([{ path: 'content/articles/a.txt', bytes: enc.encode(story) }])).toEqual([null, 'ru', null, null, null]);
  });

  it('is decided again against the editor’s language when a sidecar sets the story’s', () => {
    const sidecar = JSON.stringify({ language: { value: 'ru', evidence: 'the print edition is Russian' } });
    const files = [
      { path: 'content/articles/a.txt', bytes: enc.encode(story) },
      { path: 'content/articles/a.meta.json', bytes: enc.encode(sidecar) },
    ];
    expect(langs(files)).toEqual(['en', null, 'en', 'en', 'en']);
  });
});
