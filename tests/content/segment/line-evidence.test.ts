import { describe, expect, it } from 'vitest';
import { isBriefStatement, isPlainStatement, isSentenceLike, lineEvidence, stopwordsFor } from '@/lib/content/segment/line-evidence';
import { endsSentence, wordCount } from '@/lib/content/segment/text-shape';

describe('wordCount', () => {
  it('counts Chinese, Japanese and Thai running text as many words (Intl.Segmenter)', () => {
    expect(wordCount('渡轮在风暴修复后恢复前往群岛的航线。')).toBeGreaterThan(5);
    expect(wordCount('大学がサーバー障害で試験を中止した。')).toBeGreaterThan(5);
    expect(wordCount('ชาวประมงรายงานว่าจับปลาได้น้อยที่สุดในรอบสิบปี')).toBeGreaterThan(5);
  });

  it('counts spaced scripts by their words', () => {
    expect(wordCount('The plant opened in 2019.')).toBe(5);
    expect(wordCount('Երևանում բացվել է նոր դպրոց')).toBe(5);
  });
});

describe('endsSentence', () => {
  it.each(['Դպրոցը բացվել է։', 'स्कूल खुल गया।', 'هل افتتح المصنع؟', '学校开学了。', '学校が開いた！', 'It opened.', '“It opened.”'])('reads “%s” as a finished sentence', (s) =>
    expect(endsSentence(s)).toBe(true),
  );
  it.each(['Home', 'Follow the money: how Minsk pays', 'Tags:'])('reads “%s” as unfinished', (s) => expect(endsSentence(s)).toBe(false));
});

describe('lineEvidence', () => {
  const en = stopwordsFor('en');

  it('reads capitalisation only in scripts with case', () => {
    expect(lineEvidence('Minsk unveils a new launcher', en)).toMatchObject({ cased: true, capitalised: true });
    expect(lineEvidence('minsk unveils a new launcher', en)).toMatchObject({ cased: true, capitalised: false });
    expect(lineEvidence('الحكومة تفتتح مصنعا جديدا', en)).toMatchObject({ cased: false, capitalised: false });
    expect(lineEvidence('Երևանում բացվել է նոր դպրոց', en)).toMatchObject({ cased: true, capitalised: true });
  });

  it('measures the stopword share of running text and of a menu', () => {
    expect(lineEvidence('The ministry said that it would not comment on the contracts.', en).stopShare).toBeGreaterThan(0.3);
    expect(lineEvidence('Politics Economy Defence Culture', en).stopShare).toBe(0);
  });

  it('uses the union of every list when the language has none', () => {
    expect(stopwordsFor('und').has('the')).toBe(true);
    expect(stopwordsFor('und').has('и')).toBe(true);
    expect(stopwordsFor('xx').size).toBe(stopwordsFor('und').size);
  });

  it('measures figures', () => {
    expect(lineEvidence('EUR/USD 1.08 ▲0.2%', en).figureShare).toBeGreaterThan(0.5);
  });
});

describe('isSentenceLike', () => {
  const lang = (tag: string, s: string) => isSentenceLike(lineEvidence(s, stopwordsFor(tag)));
  it.each([
    ['en', 'Related to the Kremlin through a web of holding companies, the plant was never audited.'],
    ['fr', "Lire aussi les rapports de l'ONU aide à comprendre comment le contournement est organisé."],
    ['de', 'Teilen will das Ministerium seine Zahlen mit niemandem, auch nicht mit dem Parlament.'],
    ['ru', 'Подписчики канала министерства узнали о задержке только через месяц после её начала.'],
    ['pl', 'Obserwuj przepływ pieniędzy, a zobaczysz, kto naprawdę zarabia na tym eksporcie.'],
    ['es', 'Compartir la tecnología con Rusia fue la condición del contrato que firmó la empresa.'],
  ])('a %s body sentence is sentence-like', (tag, s) => expect(lang(tag, s)).toBe(true));

  it.each([
    ['en', 'Share this article'],
    ['en', 'Follow the money: how Minsk pays for its missiles'],
    ['en', 'EUR 1.08 USD 1.21 GBP 0.86 CHF 0.97 JPY 163.2 PLN 4.31 up.'],
  ])('a %s line “%s” is not', (tag, s) => expect(lang(tag, s)).toBe(false));
});

describe('word counts keep combining marks inside words', () => {
  it('counts a Devanagari line by its spaces, not split at vowel signs', () => {
    const line = 'सेना ने सीमा के पास नए अभ्यास शुरू किए';
    expect(wordCount(line)).toBe(line.split(' ').length);
    expect(wordCount('மாநில அரசு புதிய திட்டம்')).toBe(4);
  });
});

describe('isBriefStatement', () => {
  it('reads two or three words closed by a full stop as a statement, in any script', () => {
    for (const t of ['Soruşturma sürüyor.', 'Пострадали няма.', 'والتحقيقات مستمرة.', 'Kukaan ei loukkaantunut.']) expect(isBriefStatement(t)).toBe(true);
  });
  it('does not read a name, a label, a link trailing off, a call or a longer line as one', () => {
    for (const t of ['Ana Souza.', 'Foto: AA.', 'Soma zaidi...', 'Jaa!', 'Share', 'Updated 10.12.', 'Poliisi tutkii tapausta tarkasti nyt.']) expect(isBriefStatement(t)).toBe(false);
  });
});

describe('isPlainStatement', () => {
  const none = () => false;
  it('reads four to eight lower-case words closed by a full stop as a statement, without counting stopwords', () => {
    for (const t of ['Linn otsib praegu lasteaiale õpetajaid.', 'Poliisi tutkii tapausta tarkasti nyt.', 'Работы продлятся до конца лета.']) expect(isPlainStatement(t, none)).toBe(true);
  });
  it('lets a capitalised word through only when the story has written it', () => {
    const named = (w: string) => w === 'Mustamäel';
    expect(isPlainStatement('Linn otsib Mustamäel lasteaiale õpetajaid.', named)).toBe(true);
    expect(isPlainStatement('Linn otsib Tartus lasteaiale õpetajaid.', named)).toBe(false);
  });
  it('does not read a credit, a date, a link trailing off, a call, a two-sentence line or a longer line as one', () => {
    for (const t of ['Foto: Mari Tamm, Postimees.', 'Uuendatud 12.03.2024 kell 10.15.', 'Loe edasi meie kodulehelt...', 'Jaga artiklit oma sõpradega!', 'Töö algab. Linn ootab pakkumisi.', 'Linn otsib praegu lasteaiale ja koolidele uusi ning kogenud õpetajaid.', 'Kaks sõna.'])
      expect(isPlainStatement(t, none)).toBe(false);
  });
});
