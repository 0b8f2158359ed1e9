import { describe, expect, it } from 'vitest';
import { labelEchoedOnPage, labelNamesTheStory, labelSetAloneOutside } from '@/lib/content/extract/label-echo';

/** Page lines numbered from 1, as the pipeline numbers them. */
const numbered = (...texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));

describe('a link label the page sets again', () => {
  it('finds the label over another headline, after a colon, a bar or a pointer, in any case', () => {
    expect(labelEchoedOnPage('Nu rata', 1, numbered('Nu rata: Noi linii de autobuz', 'NU RATA | Festival de film în Mărăști'))).toBe(true);
    expect(labelEchoedOnPage('Nu rata', 1, numbered('Nu rata: Noi linii de autobuz', 'Nu rata » Festival de film'))).toBe(true);
  });

  it('finds a label of two words or more alone on a line, as a box of links is titled', () => {
    expect(labelEchoedOnPage('Nu rata', 1, numbered('Nu rata: Noi linii de autobuz', 'Nu rata'))).toBe(true);
    expect(labelEchoedOnPage('Catch up', 1, numbered('Catch up: Ferry strike ends', 'CATCH UP:'))).toBe(true);
  });

  it('takes a one-word label alone on a line only with its colon: a lone word is a menu item or a tag', () => {
    expect(labelEchoedOnPage('Ukraine', 1, numbered('Ukraine: Kyiv answers the offer', 'Ukraine'))).toBe(false);
    expect(labelEchoedOnPage('Related', 1, numbered('Related: Ferry strike ends', 'Related:'))).toBe(true);
  });

  it('never counts the line itself, a line going on past the label without a mark, or running text', () => {
    expect(labelEchoedOnPage('Nu rata', 1, numbered('Nu rata: Noi linii de autobuz'))).toBe(false);
    expect(labelEchoedOnPage('Nu rata', 1, numbered('Nu rata: Noi linii de autobuz', 'Nu rata ocazia de a vedea orașul'))).toBe(false);
    const sentence = 'Nu rata: the council said the buses would run every twenty minutes from Monday until the end of the exams.';
    expect(labelEchoedOnPage('Nu rata', 1, numbered('Nu rata: Noi linii de autobuz', sentence))).toBe(false);
  });
});

describe('a label that names the story', () => {
  const prose = ['President Zelensky told reporters in Kyiv that the talks would go on.', 'The money for the cranes comes from a state loan.'];
  const none = new Set(['the', 'a', 'for', 'from', 'in', 'that', 'would', 'on']);

  it('reads a speaker, a place or a theme the paragraphs use, in another inflection too', () => {
    expect(labelNamesTheStory('Zelensky', prose, none)).toBe(true);
    expect(labelNamesTheStory('Follow the money', prose, none)).toBe(true);
    expect(labelNamesTheStory('Зеленский', ['Зеленского спросили о переговорах.'], none)).toBe(true);
  });

  it('reads a label whose words the paragraphs never use as foreign to the story', () => {
    expect(labelNamesTheStory('Catch up', prose, new Set([...none, 'up']))).toBe(false);
    expect(labelNamesTheStory('Nu rata', ['Internetul nu merge în bibliotecă.'], new Set(['nu', 'în']))).toBe(false);
  });
});

describe('a label set alone outside the story', () => {
  const page = numbered('News', 'Culture', 'Sport and leisure', 'Harbour reopens', 'Culture: the harbour museum reopens', 'Tags:', 'Ukraine war');
  const inStory = (n: number) => n >= 4 && n <= 5;
  it('finds the label alone on a menu or tag line outside the story, case aside', () => {
    expect(labelSetAloneOutside('CULTURE', page, inStory)).toBe(true);
    expect(labelSetAloneOutside('Ukraine war', page, inStory)).toBe(true);
  });

  it('does not count a line inside the story, nor a line that holds more than the label', () => {
    expect(labelSetAloneOutside('Culture', page, (n) => n >= 1)).toBe(false);
    expect(labelSetAloneOutside('Sport', page, inStory)).toBe(false);
  });
});
