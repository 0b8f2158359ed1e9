import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../support/compile-text';

const paragraphs = (lines: string[]) => bodyTexts(lines, 'paragraph');

const HEAD = ['Gazeta e Qytetit', 'Lajme', 'Bashkia hap konkursin për dy shkolla të reja në periferi', '12 mars 2024'];
const STORY = [
  'Bashkia hapi të hënën konkursin për ndërtimin e dy shkollave të reja në lagjet periferike të qytetit.',
  'Sipas kryetarit, secila shkollë do të ketë njëzet klasa, një palestër dhe një bibliotekë për nxënësit.',
  'Firmat e interesuara mund të paraqesin ofertat e tyre deri në fund të muajit prill.',
];
/** Teaser pairs whose summaries are as long as the story's paragraphs: their shortness does not tell them apart. */
const PAIRS = [
  ['Rruga e liqenit mbyllet për riparime gjatë verës', 'Punimet do të zgjasin tre muaj dhe makinat do të kalojnë nga rruga e fshatit fqinj.'],
  ['Tregu i ri i peshkut hapet pranë portit të vjetër', 'Më shumë se njëqind tregtarë kanë marrë një vend në ndërtesën e re buzë detit.'],
];

describe('teaser pairs under the page\'s buttons', () => {
  it('ends the story before a tag list and a label over headlines with one-sentence summaries', () => {
    expect(paragraphs([...HEAD, ...STORY, 'Etiketa', 'shkolla', 'arsimi', 'Lexo edhe', ...PAIRS.flat()])).toEqual(STORY);
  });

  it('ends the story before pairs straight under a share row of three buttons', () => {
    expect(paragraphs([...HEAD, ...STORY, 'Shpërndaje', 'Facebook', 'Twitter', ...PAIRS.flat()])).toEqual(STORY);
  });

  it('keeps the story\'s closing sections under a caption and a subheading: two lines are no share row', () => {
    const got = paragraphs([...HEAD, ...STORY, 'Foto nga arkivi', 'Kur nis ndërtimi', ...PAIRS.flat()]);
    expect(got.at(-1)).toBe(PAIRS[1]![1]);
  });

  it('keeps pairs under two buttons: a share row is three', () => {
    const got = paragraphs([...HEAD, ...STORY, 'Shpërndaje', 'Facebook', ...PAIRS.flat()]);
    expect(got.at(-1)).toBe(PAIRS[1]![1]);
  });

  it('keeps what the buttons stand over when it has more words than the story above', () => {
    const got = paragraphs([...HEAD, STORY[0]!, 'Shpërndaje', 'Facebook', 'Twitter', ...PAIRS.flat()]);
    expect(got.at(-1)).toBe(PAIRS[1]![1]);
  });

  it('keeps sections under the buttons when a summary has two sentences', () => {
    const section = 'Punimet do të zgjasin tre muaj. Makinat do të kalojnë nga rruga e fshatit fqinj.';
    const got = paragraphs([...HEAD, ...STORY, 'Shpërndaje', 'Facebook', 'Twitter', PAIRS[0]![0]!, section, ...PAIRS[1]!]);
    expect(got).toContain(section);
  });
});
