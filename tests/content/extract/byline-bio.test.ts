import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../support/compile-text';

const paragraphs = (lines: string[]) => bodyTexts(lines, 'paragraph');

const HEAD = ['News', 'Local', 'New ferry link to the islands starts in May', 'By Sarah Mills', 'March 4, 2024'];
const STORY = [
  'The county council has signed a five-year contract for a ferry link between the harbour and the two islands.',
  'Boats will leave four times a day in summer and twice a day in winter, the council said on Monday.',
  'Islanders have asked for a direct link since the old service was cut ten years ago.',
];
const BIO = 'Sarah Mills is a reporter on the county desk and writes about transport and housing.';

describe('the writer\'s bio under the story, opening with the byline\'s name', () => {
  it('leaves out a one-sentence bio that opens with the name the byline gave', () => {
    expect(paragraphs([...HEAD, ...STORY, BIO])).toEqual(STORY);
  });

  it('leaves out the bio with a short line under it', () => {
    expect(paragraphs([...HEAD, ...STORY, BIO, 'Follow her on X at @sarahmills.'])).toEqual(STORY);
  });

  it('keeps a last paragraph opening with the name when the story names the writer above it', () => {
    const story = [...STORY.slice(0, 2), 'Mills, who grew up on the larger island, has campaigned for the link for years.'];
    expect(paragraphs([...HEAD, ...story, BIO])).toEqual([...story, BIO]);
  });

  it('keeps a last paragraph opening with a bare name in the header that stands beside no date', () => {
    const head = ['News', 'Sarah Mills', 'New ferry link to the islands starts in May', 'March 4, 2024', 'Photo: county council'];
    const last = 'Sarah Mills will open the first crossing on May 2, the council said.';
    expect(paragraphs([...head, ...STORY, last])).toContain(last);
  });

  it('keeps a long last paragraph that opens with the name: a bio is short', () => {
    const long = `${BIO} She has covered the county council since 2015, first as a trainee and then as its political correspondent, and before that worked for a radio station on the coast. She lives on the larger island. Her first book comes out next year.`;
    expect(paragraphs([...HEAD, ...STORY, long])).toEqual([...STORY, long]);
  });
});
