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

describe('a first line without its sentence end on a page that prints none (lead-above.ts)', () => {
  // Paragraphs written for these tests, printed as a site that drops every full stop prints them.
  const BARE = [
    'Work on the new pier is due to start in the spring and should take about eighteen months, the harbour office said on its website',
    'Until then the ferry will keep using a temporary landing stage on the north side of the bay, where a waiting room has been set up',
  ];
  const lead = 'The town council voted to rebuild the ferry pier';

  it('keeps a short first paragraph as the first paragraph when the paragraphs under it end as bare', () => {
    expect(bodyTexts([...HEAD, lead, ...BARE], 'paragraph')).toEqual([lead, ...BARE]);
  });

  it('keeps it straight under the headline with no date between', () => {
    expect(bodyTexts([HEAD[0]!, HEAD[1]!, HEAD[2]!, lead, ...BARE], 'paragraph')).toEqual([lead, ...BARE]);
  });

  it('leaves out an open line over paragraphs that end their sentences (a standfirst or a teaser)', () => {
    const ended = BARE.map((p) => `${p}.`);
    expect(bodyTexts([...HEAD, lead, ...ended])).toEqual(ended);
  });

  it('leaves out a line that does not read as running text, however the paragraphs end', () => {
    for (const line of ['Ferry pier rebuild: key dates', 'PIER WORKS TO START IN SPRING', 'Photos 12', 'KIRKWALL (PA) —']) {
      expect(bodyTexts([...HEAD, line, ...BARE])).toEqual(BARE);
    }
  });

  it('reads it only under the story’s head: above the headline an open line is no lead', () => {
    expect(bodyTexts(['Home', 'Local', 'Sign up for the morning newsletter from the harbour town', ...BARE])[0]).toBe(BARE[0]);
  });
});
