import { describe, expect, it } from 'vitest';
import { stopwordsFor } from '@/lib/content/segment/line-evidence';
import { confirmRelatedMarkers } from '@/lib/content/segment/related-position';
import { type Block, type LineMark, segmentLines } from '@/lib/content/segment/segment';
import { toLines } from '@/lib/content/source/normalise';
import { bodyTexts } from '../../support/compile-text';

const EN = stopwordsFor('en');
const blocksOf = (lines: string[]): Block[] => segmentLines(toLines(lines.join('\n')), { stopwords: EN });
const kinds = (blocks: Block[]) => blocks.map((b) => (b.mark?.kind === 'furniture' ? `furniture${b.mark.weak ? ' (weak)' : ''}` : (b.mark?.kind ?? 'text')));

const P = [
  'The council voted on Tuesday to close the old bridge to heavy lorries from the start of next month.',
  'Engineers found cracks in two of the supports during an inspection that was carried out in the spring.',
  'A new crossing is planned further down the river, but work on it is not expected to begin before next year.',
  'Drivers of lorries will have to take a detour of about twelve kilometres through the industrial estate.',
];

describe('confirmRelatedMarkers', () => {
  it('keeps a related heading over a whole related story (its own headline first) as the cut point', () => {
    const blocks = blocksOf([P[0]!, 'Similar articles', 'Lorries return to the old bridge', P[1]!, P[2]!, P[3]!]);
    expect(kinds(blocks)[1]).toBe('related-marker');
  });

  it('keeps a related heading under the story as the cut point', () => {
    const blocks = blocksOf([P[0]!, P[1]!, P[2]!, 'Most read', 'Mayor opens the new market hall', 'Floods close the ring road again']);
    expect(kinds(confirmRelatedMarkers(blocks, EN))[3]).toBe('related-marker');
  });

  it('turns a heading with more running text under it than above into a weak mark', () => {
    // segmentLines confirms its markers itself; here the marker is set back by hand to test the step alone.
    const blocks = blocksOf(['Most read', P[0]!, P[1]!, P[2]!]);
    expect(kinds(blocks)[0]).toBe('furniture (weak)');
    const marker: LineMark = { kind: 'related-marker' };
    const raw = blocks.map((b, i) => (i === 0 ? { ...b, mark: marker } : b));
    expect(kinds(confirmRelatedMarkers(raw, EN))).toEqual(['furniture (weak)', 'text', 'text', 'text']);
  });

  it('keeps the story whole when a subheading reads like a related heading', () => {
    const body = bodyTexts(['Bridge to close to lorries', 'By Ann Hill', P[0]!, 'Most popular', P[1]!, P[2]!, P[3]!]);
    expect(body).toEqual([P[0], 'Most popular', P[1], P[2], P[3]]);
  });
});

describe('a box set into the story', () => {
  const HEAD = ['Bridge to close to lorries', 'By Ann Hill'];
  const ON = [
    'Lorries that ignore the ban on the old bridge will be fined, the council said on Wednesday.',
    'The detour through the industrial estate will be signposted before the bridge closes.',
  ];

  it('is furniture, label and links, when the same story goes on under it', () => {
    expect(bodyTexts([...HEAD, P[0]!, P[1]!, 'Read also', 'Mayor opens the new market hall', ...ON])).toEqual([P[0], P[1], ...ON]);
    expect(bodyTexts([...HEAD, P[0]!, P[1]!, 'Read also', 'Mayor opens the new market hall', 'Floods close the ring road again', ...ON])).toEqual([P[0], P[1], ...ON]);
  });

  it('still cuts a teaser whose summary says its headline again', () => {
    const teaser = ['Read also', 'Market hall opens after two years of work', 'The new market hall opened on Monday after two years of work on the old bridge site.'];
    expect(bodyTexts([...HEAD, P[0]!, P[1]!, ...teaser])).toEqual([P[0], P[1]]);
  });

  it('still cuts teasers that alternate a headline and a summary, whatever words they share with the story', () => {
    const teasers = ['Read also', 'Mayor opens the new market hall', ON[0]!, 'Floods close the ring road again', ON[1]!];
    expect(bodyTexts([...HEAD, P[0]!, P[1]!, ...teasers])).toEqual([P[0], P[1]]);
  });

  it('still cuts a box when the text under it shares fewer than two words with the story', () => {
    const other = ['Read also', 'Mayor opens the new market hall', 'Stallholders waited for hours in the rain before the doors opened at noon.'];
    expect(bodyTexts([...HEAD, P[0]!, P[1]!, ...other])).toEqual([P[0], P[1]]);
  });
});

describe('syndication notes are one weak signal', () => {
  const NOTE = 'This article was first published on our partner site, The Valley Courier, last week.';
  it('removes the note under the story', () => {
    expect(bodyTexts(['Bridge to close to lorries', 'By Ann Hill', P[0]!, P[1]!, P[2]!, NOTE])).toEqual([P[0], P[1], P[2]]);
  });
  it('keeps a sentence with the same words between two paragraphs of the story', () => {
    const quoted = 'The report says the article was first published in a trade journal in 1998.';
    expect(bodyTexts(['Bridge to close to lorries', 'By Ann Hill', P[0]!, quoted, P[1]!, P[2]!])).toEqual([P[0], quoted, P[1], P[2]]);
  });
});
