import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../support/compile-text';

const paragraphs = (lines: string[]) => bodyTexts(lines, 'paragraph');

const TAGLINE = 'The news from the coast, every day, since 1921.';
const HEAD = ['The Coast Herald', TAGLINE, 'Home', 'Local', 'Sport', 'New ferry link to the islands starts in May', 'March 4, 2024 10:15'];
const STORY = [
  'The county council has signed a five-year contract for a ferry link between the harbour and the two islands.',
  'Boats will leave four times a day in summer and twice a day in winter, the council said on Monday.',
  'Islanders have asked for a direct link since the old service was cut ten years ago.',
];

describe('sentences the header printed, printed again under the story', () => {
  it('leaves out the masthead\'s tagline printed again under the story', () => {
    expect(paragraphs([...HEAD, ...STORY, TAGLINE])).toEqual(STORY);
  });

  it('leaves out the tagline again when its copy differs in case and spacing only', () => {
    expect(paragraphs([...HEAD, ...STORY, ` ${TAGLINE.toUpperCase()}`])).toEqual(STORY);
  });

  it('keeps the story\'s last paragraph quoted again between its paragraphs (a pull quote is no header line)', () => {
    const story = [STORY[0]!, STORY[2]!, STORY[1]!, STORY[2]!];
    expect(paragraphs([...HEAD, ...story])).toEqual(story);
  });
});
