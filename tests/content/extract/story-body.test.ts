import { describe, expect, it } from 'vitest';
import { compileArticle } from '../../support/compile-text';

const HEAD = ['Harbour reopens after the storm', '12 March 2026', ''];
const P = [
  'The harbour reopened on Tuesday after three days in which no ship could leave or enter the port.',
  'Workers cleared the fallen cranes from the northern quay during the night, the port authority said.',
  'Fishing boats were the first to sail out, followed in the afternoon by two ferries to the islands.',
  'The authority expects the container terminal to work at full speed again by the end of the week.',
];
const texts = (lines: string[]) => {
  const a = compileArticle(lines.join('\n'));
  return { body: a?.body.map((b) => b.text) ?? [], headings: a?.body.filter((b) => b.kind === 'heading').map((b) => b.text) ?? [] };
};

describe('a label over a subheading between two paragraphs', () => {
  it('leaves the label of a run of two short lines out and keeps the subheading', () => {
    const got = texts([...HEAD, P[0]!, '', P[1]!, '', 'Photo gallery', '', 'Ferries back on time', '', P[2]!, '', P[3]!]);
    expect(got.body).not.toContain('Photo gallery');
    expect(got.headings).toEqual(['Ferries back on time']);
    expect(got.body).toContain(P[3]);
  });

  it('keeps a long line without a full stop above a subheading: a fragment of the story, not a label', () => {
    const fragment = 'Ferry crews and dock workers met the harbour master on Monday to plan the reopening';
    const got = texts([...HEAD, P[0]!, '', P[1]!, '', fragment, '', 'Ferries back on time', '', P[2]!, '', P[3]!]);
    expect(got.body).toContain(fragment);
    expect(got.headings).toContain('Ferries back on time');
  });

  it('leaves out a label of five words over a subheading', () => {
    const got = texts([...HEAD, P[0]!, '', P[1]!, '', 'Watch the video from Monday', '', 'Ferries back on time', '', P[2]!, '', P[3]!]);
    expect(got.body).not.toContain('Watch the video from Monday');
    expect(got.headings).toEqual(['Ferries back on time']);
  });

  it('leaves out a long label with a headline\'s few stopwords (not running text) over a subheading', () => {
    const teaser = 'Harbour Board Approves Ferry Terminal Plan Despite Storm Damage Costs';
    const got = texts([...HEAD, P[0]!, '', P[1]!, '', teaser, '', 'Ferries back on time', '', P[2]!, '', P[3]!]);
    expect(got.body).not.toContain(teaser);
    expect(got.headings).toEqual(['Ferries back on time']);
  });

  it('leaves out a long headline behind a short label over a subheading', () => {
    const linked = 'Coast news: Storm damage at the marina will cost the town two million';
    const got = texts([...HEAD, P[0]!, '', P[1]!, '', linked, '', 'Ferries back on time', '', P[2]!, '', P[3]!]);
    expect(got.body).not.toContain(linked);
    expect(got.headings).toEqual(['Ferries back on time']);
  });

  it('keeps a lone subheading', () => {
    const got = texts([...HEAD, P[0]!, '', P[1]!, '', 'Ferries back on time', '', P[2]!, '', P[3]!]);
    expect(got.headings).toEqual(['Ferries back on time']);
  });

  it('keeps both lines of a subheading that goes on in lower case on its second line', () => {
    const got = texts([...HEAD, P[0]!, '', P[1]!, '', 'Ferries and fishing boats', '', 'back on their usual routes', '', P[2]!, '', P[3]!]);
    expect(got.body).toContain('Ferries and fishing boats');
    expect(got.body).toContain('back on their usual routes');
  });

  it('keeps both lines of a subheading shouted in capitals over two lines', () => {
    const got = texts([...HEAD, P[0]!, '', P[1]!, '', 'FERRIES AND BOATS', '', 'BACK ON THE ROUTES', '', P[2]!, '', P[3]!]);
    expect(got.body).toContain('FERRIES AND BOATS');
    expect(got.body).toContain('BACK ON THE ROUTES');
  });
});
