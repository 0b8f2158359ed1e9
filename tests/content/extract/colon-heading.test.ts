import { describe, expect, it } from 'vitest';
import { compileArticle } from '../../support/compile-text';

const HEAD = ['News', 'Local', 'City plans cycle paths along the river', '14 March 2026'];
const P = [
  'The city wants to build a continuous network of cycle paths along the river within two years, the mayor said on Monday.',
  'The plans widen the existing paths and add two new bridges for cyclists at the busiest crossings of the embankment.',
  'Last year the police counted more than forty accidents with cyclists at the crossings, most of them at rush hour.',
  'How residents will reach their homes during the works has not been settled yet, according to the city.',
];
const read = (lines: string[]) => {
  const a = compileArticle(lines.join('\n'));
  return { body: a?.body.map((b) => b.text) ?? [], headings: a?.body.filter((b) => b.kind === 'heading').map((b) => b.text) ?? [] };
};

describe('a subheading led by a label and a colon over a figure\'s credit', () => {
  it('keeps it as a heading, not the picture\'s caption', () => {
    const got = read([...HEAD, P[0]!, P[1]!, 'The situation: Too many crashes at crossings', 'Photo: Jana Weber', P[2]!, P[3]!]);
    expect(got.headings).toEqual(['The situation: Too many crashes at crossings']);
  });

  it('keeps it in a script without case (Georgian)', () => {
    const line = 'ვითარება: ძალიან ბევრი ავარია გზაჯვარედინებზე';
    const got = read([...HEAD, P[0]!, P[1]!, line, 'Photo: Jana Weber', P[2]!, P[3]!]);
    expect(got.body).toContain(line);
  });

  it('still takes out a caption without a label under its credit, and one glued under a credit', () => {
    const got = read([...HEAD, P[0]!, P[1]!, 'The old bridge on the south bank', 'Photo: City archive', P[2]!, 'Photo: Jana Weber', 'Kiel: the frigate at the quay', P[3]!]);
    expect(got.body).not.toContain('The old bridge on the south bank');
    expect(got.body).not.toContain('Kiel: the frigate at the quay');
  });
});

describe('a bare label with a colon over a paragraph', () => {
  it('keeps a two- or three-word label over a paragraph under a figure', () => {
    const got = read([...HEAD, P[0]!, P[1]!, 'The old bridge on the south bank', 'Photo: City archive', 'What remains open:', P[3]!]);
    expect(got.body).toContain('What remains open:');
  });

  it('still takes out a tag list\'s label over its items', () => {
    const got = read([...HEAD, P[0]!, P[1]!, P[2]!, P[3]!, 'Filed topics:', 'cycling', 'bridges', 'Share']);
    expect(got.body).not.toContain('Filed topics:');
  });
});
