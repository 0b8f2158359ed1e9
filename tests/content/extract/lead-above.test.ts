import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../support/compile-text';

// An English story written for these tests: menu, headline, date, then the story's paragraphs.
const HEAD = ['Home', 'Local', 'Harbour town votes to rebuild its old ferry pier', 'December 5, 2026'];
const QUOTE = '“We have waited long enough for a pier that can take the winter storms,” she said.';
const TEXT = [
  'Work on the new pier is due to start in the spring and should take about eighteen months.',
  'Until then the ferry will keep using a temporary landing stage on the north side of the bay.',
];

describe('a first line the prose under it completes (lead-above.ts)', () => {
  it('keeps a first sentence that introduces a quote with a colon', () => {
    const lead = 'The mayor told the council on Thursday night:';
    expect(bodyTexts([...HEAD, lead, QUOTE, ...TEXT])).toEqual([lead, QUOTE, ...TEXT]);
  });

  it('keeps a first sentence the page broke off at a comma, with the rest below a blank line', () => {
    const lead = 'The town council voted on Thursday night to rebuild the ferry pier,';
    const rest = 'which storms damaged two winters ago, after a long debate.';
    expect(bodyTexts([...HEAD, lead, '', rest, ...TEXT])).toEqual([lead, rest, ...TEXT]);
  });

  it('keeps a first line continued by prose that opens in lower case', () => {
    const lead = 'The town council voted on Thursday night to rebuild the ferry pier';
    const rest = 'that storms damaged two winters ago, after a long debate.';
    expect(bodyTexts([...HEAD, lead, '', rest, ...TEXT])).toEqual([lead, rest, ...TEXT]);
  });

  it('leaves out a label, a place’s dateline and a box heading standing there', () => {
    const first = 'The town council voted on Thursday night to rebuild the ferry pier that storms damaged two winters ago.';
    for (const line of ['Read also:', 'KIRKWALL (PA) —', 'The story in brief', 'MAIN POINTS OF THE PLAN:']) {
      expect(bodyTexts([...HEAD, line, first, ...TEXT])).toEqual([first, ...TEXT]);
    }
  });

  it('reads a colon line only under the story’s head: above the headline it is no lead', () => {
    const first = 'The town council voted on Thursday night to rebuild the ferry pier that storms damaged two winters ago.';
    const body = bodyTexts(['Home', 'Local', 'Subscribers can also read these stories today:', 'Ferry news', first, ...TEXT]);
    expect(body[0]).toBe(first);
  });
});
