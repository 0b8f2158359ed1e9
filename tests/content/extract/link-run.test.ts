import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../support/compile-text';
import { HARBOUR_HEAD as HEAD, HARBOUR_STORY as P, harbourStoryWith as storyWith } from '../../support/harbour-page';

const RUN = ['Lithuania recalls its envoy over spying claims in Vilnius', 'Riga opens a new night train line to Tallinn'];

describe('two headlines of other stories set one under the other', () => {
  it('leaves out both whole headlines between two paragraphs when neither says a word of the paragraph under them', () => {
    expect(bodyTexts(storyWith(2, ...RUN))).toEqual(P);
  });

  it('keeps a heading and its deck when the deck says a word of the paragraph under it', () => {
    const deck = 'Fishing crews return to sea after three idle days';
    const got = bodyTexts(storyWith(2, RUN[0]!, deck));
    expect(got).toContain(deck);
  });

  it('keeps two bulleted items of a list', () => {
    const items = ['• Ferries will sail every hour from the eastern pier', '• Tickets bought before the storm stay valid until May'];
    expect(bodyTexts(storyWith(2, ...items))).toEqual(expect.arrayContaining(items));
  });

  it('keeps a pair of shorter lines for the rule of a label over a subheading to weigh', () => {
    const got = bodyTexts(storyWith(2, 'Lithuania recalls its envoy', 'Riga opens a night line'));
    expect(got).toContain('Riga opens a night line');
  });

  it('keeps a pair where a line opens with a label whose words go on in lower case: a subheading\'s shape', () => {
    const sub = 'What comes next: the tolls for lorries rise';
    expect(bodyTexts(storyWith(2, RUN[0]!, sub))).toContain(sub);
    expect(bodyTexts(storyWith(2, sub, RUN[1]!))).toContain(sub);
  });

  it('keeps a pair where a longer lead-in goes on in lower case after its colon', () => {
    const sub = 'What the skippers on the quay said: nobody wants another week ashore';
    const next = 'Next step: The council votes on the new harbour wall in May';
    const got = bodyTexts(storyWith(2, sub, next));
    expect(got).toContain(sub);
    expect(got).toContain(next);
  });
});
