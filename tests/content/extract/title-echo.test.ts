import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../support/compile-text';

const paragraphs = (lines: string[]) => bodyTexts(lines, 'paragraph');

const HEADLINE = 'New ferry link to the islands starts in May';
const HEAD = ['News', 'Local', HEADLINE, 'By Sarah Mills', 'March 4, 2024'];
const STORY = [
  'The county council has signed a five-year contract for a ferry link between the harbour and the two islands.',
  'Boats will leave four times a day in summer and twice a day in winter, the council said on Monday.',
  'Islanders have asked for a direct link since the old service was cut ten years ago.',
];
const COMMENT = ['Tom H.', 'About time. We have waited far too long for this, and the fares had better be fair too.', 'Reply'];

describe('the headline printed again under the story opens what stands under it', () => {
  it('ends the story at a comment heading that counts the comments on the headline', () => {
    expect(paragraphs([...HEAD, ...STORY, `1 thought on “${HEADLINE}”`, ...COMMENT, 'Leave a Reply'])).toEqual(STORY);
  });

  it('ends the story at the headline alone again, the first of an unlabelled list of teasers with summaries', () => {
    const teasers = [
      'Harbour wall repairs to finish a month early', 'The repairs will end a month ahead of plan, the port authority said on Friday.',
      'School bus routes change after the summer', 'Parents will get the new timetables by post before the end of July.',
    ];
    expect(paragraphs([...HEAD, ...STORY, HEADLINE, ...teasers])).toEqual(STORY);
  });

  it('keeps the paragraphs under a video of the same name set into the story', () => {
    const more = ['The first boat is being refitted at a yard on the mainland.', 'Tickets go on sale in April, the operator said.'];
    const got = paragraphs([...HEAD, STORY[0]!, `Video: ${HEADLINE}`, STORY[1]!, STORY[2]!, ...more]);
    expect(got).toEqual([...STORY, ...more]);
  });

  it('keeps a last paragraph that quotes the headline in a sentence', () => {
    const quote = `“${HEADLINE},” the council wrote.`;
    expect(paragraphs([...HEAD, ...STORY, quote, 'Share'])).toEqual([...STORY, quote]);
  });

  it('keeps a story whose text under the echo is as long as the text above it', () => {
    const got = paragraphs([...HEAD, STORY[0]!, `2 comments on ${HEADLINE}`, STORY[1]!, 'Photo', STORY[2]!]);
    expect(got).toEqual(STORY);
  });
});
