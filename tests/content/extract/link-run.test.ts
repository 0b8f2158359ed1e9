import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../support/compile-text';

const HEAD = ['Harbour reopens after the storm', 'By Jane Doe', '12 March 2026', ''];
const P = [
  'The harbour reopened on Tuesday after three days in which no ship could leave or enter the port.',
  'Workers cleared the fallen cranes from the northern quay during the night, the port authority said.',
  'Fishing boats were the first to sail out, followed in the afternoon by two ferries to the islands.',
  'The authority expects the container terminal to work at full speed again by the end of the week.',
  'Shipping companies said the delay had cost them several million euros in lost trade.',
];
const storyWith = (after: number, ...lines: string[]) => [...HEAD, ...P.slice(0, after), ...lines, ...P.slice(after)];
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
