import { describe, expect, it } from 'vitest';
import { FERRY_HEAD as HEAD, FERRY_SHARE as SHARE, FERRY_STORY, paragraphsOf as paragraphs } from '../../support/ferry-page';

/** The story's first three paragraphs; the tests set its closing lines. */
const STORY = FERRY_STORY.slice(0, 3);

/** An embed's line and an ad slot's label set into the story, then a subheading: three blocks that are not text. */
const SET_INTO_STORY = ['View this post on Instagram', 'Advertisement', 'The timetable in brief: 4 crossings'];

describe('closing sentences under blocks set into the story', () => {
  it('keeps two closing sentences that take up the story\'s words under an embed, an ad slot and a subheading', () => {
    const closing = [
      'In summer the first boat will leave the harbour at six in the morning for the islands.',
      'The council said the winter timetable of the ferry link would be published in October.',
    ];
    const got = paragraphs([...HEAD, ...STORY, ...SET_INTO_STORY, ...closing, '12 comments', ...SHARE]);
    expect(got.slice(-2)).toEqual(closing);
  });

  it('still cuts sentences that take up the story\'s words under a box\'s heading rather than a subheading with its colon', () => {
    const bio = [
      'Jane Doe has reported on the ferry link and the islands for ten years.',
      'She lives on the larger of the two islands with her family.',
    ];
    const got = paragraphs([...HEAD, ...STORY, 'View this post on Instagram', 'Advertisement', 'About the author', ...bio, '12 comments', ...SHARE]);
    expect(got).not.toContain(bio[0]);
    expect(got.at(-1)).toBe(STORY.at(-1));
  });

  it('still leaves out a footer\'s pitch under a share row: it speaks of the page, not with the story\'s words', () => {
    const pitch = 'Sign up and get the most important news in your inbox every morning.';
    const got = paragraphs([...HEAD, ...FERRY_STORY, 'Share', 'Facebook', 'Email', pitch, 'Subscribe']);
    expect(got).not.toContain(pitch);
    expect(got.at(-1)).toBe(FERRY_STORY.at(-1));
  });
});
