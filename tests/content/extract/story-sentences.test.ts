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

  it('keeps them in a script without case, whose sentences are short (Kannada)', () => {
    const head = ['ಸುದ್ದಿ', 'ಜಿಲ್ಲೆ', 'ಬಂದರಿನಿಂದ ದ್ವೀಪಗಳಿಗೆ ಹೊಸ ದೋಣಿ ಸೇವೆ', '4 ಮಾರ್ಚ್ 2024'];
    const story = [
      'ಬಂದರು ಮತ್ತು ಎರಡು ದ್ವೀಪಗಳ ನಡುವೆ ಹೊಸ ದೋಣಿ ಸೇವೆ ಆರಂಭಿಸಲು ಜಿಲ್ಲಾ ಪಂಚಾಯಿತಿ ಐದು ವರ್ಷಗಳ ಒಪ್ಪಂದಕ್ಕೆ ಸಹಿ ಹಾಕಿದೆ.',
      'ಬೇಸಿಗೆಯಲ್ಲಿ ದಿನಕ್ಕೆ ನಾಲ್ಕು ಬಾರಿ ಮತ್ತು ಚಳಿಗಾಲದಲ್ಲಿ ಎರಡು ಬಾರಿ ದೋಣಿಗಳು ಹೊರಡಲಿವೆ ಎಂದು ಅಧಿಕಾರಿಗಳು ತಿಳಿಸಿದರು.',
    ];
    const closing = ['ದ್ವೀಪಗಳ ನಿವಾಸಿಗಳು ಹೊಸ ದೋಣಿ ಸೇವೆಯನ್ನು ಸ್ವಾಗತಿಸಿದ್ದಾರೆ ಎಂದು ಅಧಿಕಾರಿಗಳು ಹೇಳಿದರು.', 'ದೋಣಿ ಟಿಕೆಟ್ ಮಾರಾಟ ಮುಂದಿನ ವಾರ ಬಂದರಿನಲ್ಲಿ ಆರಂಭವಾಗಲಿದೆ.'];
    const got = paragraphs([...head, ...story, 'Instagram ನಲ್ಲಿ ಈ ಪೋಸ್ಟ್ ವೀಕ್ಷಿಸಿ', '@panchayat ಹಂಚಿಕೊಂಡ ಪೋಸ್ಟ್', 'ಜಾಹೀರಾತು', ...closing, 'Facebook', 'WhatsApp']);
    expect(got.slice(-2)).toEqual(closing);
  });

  it('still leaves out a footer\'s pitch under a share row: it speaks of the page, not with the story\'s words', () => {
    const pitch = 'Sign up and get the most important news in your inbox every morning.';
    const got = paragraphs([...HEAD, ...FERRY_STORY, 'Share', 'Facebook', 'Email', pitch, 'Subscribe']);
    expect(got).not.toContain(pitch);
    expect(got.at(-1)).toBe(FERRY_STORY.at(-1));
  });
});
