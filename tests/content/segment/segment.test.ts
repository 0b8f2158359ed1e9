import { describe, expect, it } from 'vitest';
import { toLines } from '@/lib/content/source/normalise';
import { continuesSentence, segmentLines } from '@/lib/content/segment/segment';

const texts = (input: string) => segmentLines(toLines(input)).map((b) => b.text);

describe('segmentLines', () => {
  it('splits paragraphs at blank lines', () => expect(texts('One sentence here.\n\nTwo sentence here.')).toEqual(['One sentence here.', 'Two sentence here.']));
  it('takes each line as a paragraph when the file has no blank lines', () =>
    expect(texts('First paragraph ends.\nSecond paragraph ends.')).toEqual(['First paragraph ends.', 'Second paragraph ends.']));
  it('joins a sentence broken across two lines', () =>
    expect(texts('The sides agreed to\nbuild the system together.')).toEqual(['The sides agreed to build the system together.']));
  it('does not join a heading to the paragraph under it', () =>
    expect(texts('Why Minsk risks working with Kyiv\nThe statistics show this.')).toEqual(['Why Minsk risks working with Kyiv', 'The statistics show this.']));
  it('keeps a recognised line on its own even inside a run of text', () =>
    expect(texts('Category status:\nSeptember 18, 2017 10:50\nФото: X')).toEqual(['Category status:', 'September 18, 2017 10:50', 'Фото: X']));
  it('records the first source line of each block', () => expect(segmentLines(toLines('\n\nA line.\n\nB line.')).map((b) => b.line)).toEqual([3, 5]));
});

describe('continuesSentence', () => {
  it('continues after a comma', () => expect(continuesSentence('In 2015,', 'Kyiv bought trucks.')).toBe(true));
  it('continues after an English function word, but not after a word that merely ends in its letters', () => {
    expect(continuesSentence('The ministry sent the batteries to the', 'Border guards took them over.')).toBe(true);
    expect(continuesSentence('Laika ziņas', 'Latvija iegādāsies jaunas sistēmas')).toBe(false);
    expect(continuesSentence('Üzbegisztán', 'Az ország új rendszert vásárol')).toBe(false);
  });
  it('does not continue after a full stop', () => expect(continuesSentence('It ended.', 'then more')).toBe(false));
  it('reads a lower-case start as a continuation only after a line in a script with case', () => {
    // An Arabic or Japanese headline has no case to continue; the Latin line under it is an icon's label.
    expect(continuesSentence('الجيش يتسلم دفعة جديدة من المدرعات', 'play icon')).toBe(false);
    expect(continuesSentence('新型護衛艦が就役', 'share')).toBe(false);
    expect(continuesSentence('The ministry sent the new batteries', 'later that week')).toBe(true);
  });
});
