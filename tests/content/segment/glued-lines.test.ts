import { describe, expect, it } from 'vitest';
import { splitGluedLine, splitGluedLines } from '@/lib/content/segment/glued-lines';

const hints = (outlets: string[], menu: string[]) => ({ outlets, menu: new Set(menu.map((m) => m.toLowerCase())) });

describe('glued lines', () => {
  it('splits a site name, a section word and an English headline glued at case changes', () => {
    expect(splitGluedLine('NewsPortalPolitics Minsk orders a hundred new trucks', hints([], ['Politics']))).toEqual([
      'News',
      'Portal',
      'Politics',
      'Minsk orders a hundred new trucks',
    ]);
    expect(splitGluedLine('NewsPortalPolitics Minsk orders a hundred new trucks', hints(['NewsPortal'], ['Politics']))).toEqual([
      'NewsPortal',
      'Politics',
      'Minsk orders a hundred new trucks',
    ]);
  });

  it('splits a known Ukrainian outlet name off the section glued to it', () => {
    expect(splitGluedLine('Вісті ПоліссяПолітика Мінськ купує нові вантажівки', hints(['Вісті Полісся'], ['Політика']))).toEqual([
      'Вісті Полісся',
      'Політика',
      'Мінськ купує нові вантажівки',
    ]);
  });

  it('splits a Czech byline from the date glued to it', () => {
    expect(splitGluedLine('Jan Novák12.03.2021', hints([], []))).toEqual(['Jan Novák', '12.03.2021']);
  });

  it('keeps a Japanese or Chinese date whole: the 年 between year and month is part of the date, not a name before it', () => {
    expect(splitGluedLine('2024年3月12日 10時30分', hints([], []))).toEqual(['2024年3月12日 10時30分']);
    expect(splitGluedLine('山田太郎2024年3月12日', hints([], []))).toEqual(['山田太郎', '2024年3月12日']);
  });

  it('splits a Russian date marker from the first sentence glued to it', () => {
    expect(splitGluedLine('date 2019-03-04 Белорусская армия получила очередную партию зенитных комплексов.', hints([], []))).toEqual([
      'date 2019-03-04',
      'Белорусская армия получила очередную партию зенитных комплексов.',
    ]);
  });

  it('leaves brands, sentences that open with a date, and Georgian text alone', () => {
    const none = hints([], []);
    for (const line of [
      'WhatsApp users in Minsk reported outages on Monday',
      'On 4 March Lukashenko said that the trucks would arrive.',
      '4 March 2019 was the day the plant stopped work.',
      'The Su30 fighters arrived in 2019 after long talks with Moscow.',
      'ქარხანამ ახალი სატვირთოები 2021 წელს გამოუშვა.',
    ]) {
      expect(splitGluedLine(line, none)).toEqual([line]);
    }
  });

  it('keeps the line number on every part and returns the same lines when nothing is glued', () => {
    const lines = [{ n: 7, text: 'Jan Novák12.03.2021' }];
    expect(splitGluedLines(lines, hints([], []))).toEqual([
      { n: 7, text: 'Jan Novák' },
      { n: 7, text: '12.03.2021' },
    ]);
    const plain = [{ n: 1, text: 'Minsk orders trucks' }];
    expect(splitGluedLines(plain, hints([], []))).toBe(plain);
  });

  it('splits a headline from the date after it at the top, but keeps a sentence ending in its date below running text whole', () => {
    const dated = 'Vlada potpisala ugovor o novom trajektu 01.03.2024.';
    expect(splitGluedLines([{ n: 1, text: dated }], hints([], []))).toEqual([
      { n: 1, text: 'Vlada potpisala ugovor o novom trajektu' },
      { n: 1, text: '01.03.2024.' },
    ]);
    const story = [
      { n: 1, text: 'Trajekt je nakon dva tjedna popravaka ponovno isplovio prema otocima, rekli su iz lučke uprave u utorak.' },
      { n: 2, text: dated },
    ];
    expect(splitGluedLines(story, hints([], []))).toBe(story);
    // Without a full stop after the date, the line is no sentence: split wherever it stands.
    const bare = [story[0]!, { n: 2, text: 'Vlada potpisala ugovor o novom trajektu 01.03.2024' }];
    expect(splitGluedLines(bare, hints([], [])).map((l) => l.text)).toEqual([story[0]!.text, 'Vlada potpisala ugovor o novom trajektu', '01.03.2024']);
  });
});
