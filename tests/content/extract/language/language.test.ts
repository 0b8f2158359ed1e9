import { describe, expect, it } from 'vitest';
import { compileArchive } from '@/lib/content/archive';
import { detectLanguage } from '@/lib/content/extract/language/detect';
import { eastSlavicByLetters } from '@/lib/content/extract/language/east-slavic';
import { detectSample, languageSample } from '@/lib/content/extract/language/sample';

// Sentences written for these tests: short news-like paragraphs in each language.
const SAMPLES: [string, string][] = [
  ['en', 'The ministry said on Tuesday that the new air defence systems would be delivered to the army before the end of the year.'],
  ['ru', 'Министерство обороны сообщило во вторник, что новые системы противовоздушной обороны будут переданы армии до конца года.'],
  ['uk', 'Міністерство оборони повідомило у вівторок, що нові системи протиповітряної оборони будуть передані армії до кінця року.'],
  ['be', 'Міністэрства абароны паведаміла ў аўторак, што новыя сістэмы супрацьпаветранай абароны будуць перададзены войску да канца года.'],
  ['pl', 'Ministerstwo obrony poinformowało we wtorek, że nowe systemy obrony powietrznej zostaną przekazane armii przed końcem roku.'],
  ['de', 'Das Verteidigungsministerium teilte am Dienstag mit, dass die neuen Luftabwehrsysteme noch vor Jahresende an die Armee geliefert werden.'],
  ['fr', 'Le ministère de la Défense a annoncé mardi que les nouveaux systèmes de défense aérienne seraient livrés à l’armée avant la fin de l’année.'],
  ['lt', 'Krašto apsaugos ministerija antradienį pranešė, kad naujos oro gynybos sistemos kariuomenei bus perduotos iki metų pabaigos.'],
  ['id', 'Kementerian Pertahanan mengatakan pada hari Selasa bahwa sistem pertahanan udara yang baru akan diserahkan kepada tentara sebelum akhir tahun karena pemerintah sudah membayar uang muka.'],
  ['ms', 'Kementerian Pertahanan berkata pada hari Selasa bahawa sistem pertahanan udara yang baharu akan diserahkan kepada tentera sebelum akhir tahun kerana kerajaan telah membayar wang pendahuluan.'],
];

describe('detectLanguage', () => {
  for (const [tag, text] of SAMPLES) {
    it(`tells ${tag} from a paragraph written in it`, () => {
      expect(detectLanguage(text).value).toBe(tag);
    });
  }

  it('calls text too short to judge und', () => {
    expect(detectLanguage('Минск').value).toBe('und');
    expect(detectLanguage('Read more').value).toBe('und');
    expect(detectLanguage('').value).toBe('und');
  });

  it('gives the detector, a confidence and the letters it looked at as evidence', () => {
    const guess = detectLanguage(SAMPLES.find(([t]) => t === 'be')![1]);
    expect(guess.confidence).toBeGreaterThan(0);
    expect(guess.evidence).toMatch(/eld/);
    expect(guess.evidence).toMatch(/rule out/);
  });

  it('lets the letters overrule the detector between Russian, Ukrainian and Belarusian', () => {
    // The same short sentence spelled with Belarusian letters (ў, і, no и) is Belarusian whatever the n-grams say.
    expect(detectLanguage('Ён сказаў, што ўсё будзе добра і спакойна заўтра.').value).toBe('be');
    expect(detectLanguage('Він сказав, що все буде добре і спокійно, їхати не треба, є час.').value).toBe('uk');
    expect(detectLanguage('Он сказал, что всё будет хорошо и спокойно, ехать не нужно, есть время.').value).toBe('ru');
  });

  it('overrules a wrong first guess by the letters a language never uses', () => {
    expect(eastSlavicByLetters('Ён сказаў, што ўсё будзе добра і спакойна заўтра.', ['ru', 'uk', 'be']).value).toBe('be');
    expect(eastSlavicByLetters('Він сказав, що все буде добре, їхати не треба, є час.', ['ru', 'be', 'uk']).value).toBe('uk');
    expect(eastSlavicByLetters('Он сказал, что им не нужны билеты, всё будет хорошо.', ['be', 'uk', 'ru']).value).toBe('ru');
  });

  it('keeps the first guess when no letter rules it out', () => {
    expect(eastSlavicByLetters('Танк Т-72 на заводе', ['ru', 'be', 'uk']).value).toBe('ru');
  });

  it('keeps Russian when a Belarusian name is quoted once in a long Russian text', () => {
    const text = `${SAMPLES.find(([t]) => t === 'ru')![1]} Об этом рассказал представитель ведомства, которого процитировало агентство «Навіны». Подробности будут объявлены позже, добавил он.`;
    expect(detectLanguage(text).value).toBe('ru');
  });
});

describe('Indonesian and Malay', () => {
  it('takes Indonesian when no spelling tells the two apart, and says so', () => {
    const guess = detectLanguage('Presiden menyaksikan uji tembak sistem roket di sebuah lapangan militer dekat perbatasan negara itu.');
    expect(guess.value).toBe('id');
    expect(guess.evidence).toMatch(/Indonesian assumed/);
  });
});

describe('the article language', () => {
  const enc = new TextEncoder();
  const story = `Армия получит новые системы\n\n${SAMPLES.find(([t]) => t === 'ru')![1]}\n\nПоставки начнутся весной, сообщили в ведомстве, и продлятся до осени.\n`;

  it('is detected from the title and body and recorded with the detector', () => {
    const archive = compileArchive([{ path: 'content/articles/a.txt', bytes: enc.encode(story) }]);
    expect(archive.articles[0]?.language).toMatchObject({ value: 'ru', source: 'detected', detector: expect.stringMatching(/^eld/) });
  });

  it('is the editor’s when a sidecar sets it, with the editor’s evidence', () => {
    const sidecar = JSON.stringify({ language: { value: 'be', evidence: 'the print edition is Belarusian' } });
    const archive = compileArchive([
      { path: 'content/articles/a.txt', bytes: enc.encode(story) },
      { path: 'content/articles/a.meta.json', bytes: enc.encode(sidecar) },
    ]);
    expect(archive.rejected).toEqual([]);
    expect(archive.articles[0]?.language).toEqual({ value: 'be', source: 'sidecar', detector: null, confidence: null, evidence: 'the print edition is Belarusian' });
  });

  it('rejects a sidecar language that is not a language tag', () => {
    const sidecar = JSON.stringify({ language: { value: 'Russian', evidence: 'checked' } });
    const archive = compileArchive([
      { path: 'content/articles/a.txt', bytes: enc.encode(story) },
      { path: 'content/articles/a.meta.json', bytes: enc.encode(sidecar) },
    ]);
    expect(archive.rejected).toMatchObject([{ kind: 'validation', file: 'content/articles/a.meta.json' }]);
  });
});

describe('languageSample', () => {
  const prose = 'Міністерство оборони повідомило про початок навчань біля західного кордону, підрозділи залишаться там два тижні.';
  it('takes the lines of running text, not the menu around them', () => {
    const lines = ['Home', 'World', 'Politics', prose, 'Share', prose.replace('два', 'три')];
    expect(languageSample(lines)).toBe(`${prose}\n${prose.replace('два', 'три')}`);
  });

  it('takes the whole text when it has too little running text', () => {
    const lines = ['Home', 'Мінськ купує нові вантажівки', 'Армія отримала першу партію.'];
    expect(languageSample(lines)).toBe(lines.join('\n'));
  });

  it('gives a page and its story the same sample when the story is the page\'s running text, so the detector answers once', () => {
    const page = ['Головна', 'Новини', 'Навчання біля кордону', prose, prose.replace('два', 'три'), 'Поділитися'];
    const story = ['Навчання біля кордону', prose, prose.replace('два', 'три')];
    expect(languageSample(page)).toBe(languageSample(story));
    expect(detectSample(languageSample(page))).toBe(detectSample(languageSample(story)));
    expect(detectSample(languageSample(story)).value).toBe('uk');
  });
});
