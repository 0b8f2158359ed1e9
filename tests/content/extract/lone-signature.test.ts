import { describe, expect, it } from 'vitest';
import { loneSignature } from '@/lib/content/extract/lone-signature';
import type { Block } from '@/lib/content/segment/segment';
import { compileArticle } from '../../support/compile-text';

/** The author the lines compile to; a rejected page fails the test here. */
function authorOf(lines: string[]): string | null {
  const article = compileArticle(lines.join('\n'));
  if (article === undefined) throw new Error('the page was rejected');
  return article.author?.value ?? null;
}

const head = ['Home', 'News', 'Local Politics', 'Council approves new bus lanes on the harbour road', '14 May 2024'];
const story = [
  'The council on Tuesday approved two new bus lanes along the main road into the town centre.',
  'Traffic officers said the lanes would cut journey times for commuters by up to ten minutes.',
  'Work on the lanes is due to start in September and should take about three months.',
];
const teasers = ['New library opening hours to be extended from next month on weekdays', 'Summer festival in the park returns with a longer programme this year'];

describe('a name the page prints once, alone under the story', () => {
  it('is the writer over teaser headlines with no heading between', () => {
    expect(authorOf([...head, ...story, 'Nadia Okonkwo', ...teasers])).toBe('Nadia Okonkwo');
  });

  it('is the writer over a footer prompt of several words', () => {
    expect(authorOf([...head, ...story, 'Nadia Okonkwo', 'Sign up for our morning newsletter today', 'Share'])).toBe('Nadia Okonkwo');
  });

  it('is the writer under a time alone on its line', () => {
    expect(authorOf([...head, ...story, '10:45', 'Nadia Okonkwo', 'Share'])).toBe('Nadia Okonkwo');
    expect(authorOf([...head, ...story, '10:45 AM', 'Nadia Okonkwo', ...teasers])).toBe('Nadia Okonkwo');
  });

  it('is no writer when a menu prints the line too (a section tag)', () => {
    expect(authorOf([...head, ...story, 'Local Politics', ...teasers])).toBeNull();
  });

  it('is no writer when a word of it recurs on the page (a place the story names, a tag of the menu)', () => {
    expect(authorOf([...head, ...story, 'Harbour District', ...teasers])).toBeNull();
    expect(authorOf([...head, ...story, 'Council Meetings', ...teasers])).toBeNull();
  });

  it('is no writer over another short title-case line (a list of tags)', () => {
    expect(authorOf([...head, ...story, 'Nadia Okonkwo', 'Bus Lanes', ...teasers])).toBeNull();
  });

  it('is no writer when it ends the page (a last button has its shape)', () => {
    expect(authorOf([...head, ...story, 'Nadia Okonkwo'])).toBeNull();
  });
});

/** The footer's blocks, one line each, numbered from 20. */
const footerOf = (lines: string[]): Block[] => lines.map((text, i) => ({ text, line: 20 + i, lines: [{ n: 20 + i, text }], mark: null }));
const storyTexts = [head[3]!, ...story];
/** The lone signature found in `footer` under `storyLines`, with `pageLines` as the page's other lines. */
function lone(footer: string[], storyLines: string[] = storyTexts, pageLines: string[] = head) {
  return loneSignature(footerOf(footer), { story: storyLines, lines: [...pageLines, ...storyLines, ...footer], language: 'en' });
}

describe('loneSignature', () => {
  it('finds the name straight under the story, or under a time alone', () => {
    expect(lone(['Nadia Okonkwo', teasers[0]!])).toEqual({ at: 0, byline: { author: 'Nadia Okonkwo', outlet: null } });
    expect(lone(['09.30', 'Nadia Okonkwo', teasers[0]!])?.at).toBe(1);
  });

  it('reads no name under any other line (a share button, a counter)', () => {
    expect(lone(['Share', 'Nadia Okonkwo', teasers[0]!])).toBeNull();
    expect(lone(['12 comments', 'Nadia Okonkwo', teasers[0]!])).toBeNull();
  });

  it('reads no name of one word or of three (a short headline over the next of a list of teasers)', () => {
    expect(lone(['Okonkwo', teasers[0]!])).toBeNull();
    expect(lone(['Harbour Tunnel Reopens', teasers[0]!])).toBeNull();
  });

  it('reads no name over a sentence (a reader’s comment under their name)', () => {
    expect(lone(['Nadia Okonkwo', 'Great news for the whole district, about time.'])).toBeNull();
  });

  it('reads no name that ends the footer', () => {
    expect(lone(['Nadia Okonkwo'])).toBeNull();
  });

  it('reads no name whose word recurs in any inflection on another line', () => {
    expect(lone(['Nadia Okonkwo', teasers[0]!], storyTexts, [...head, 'Okonkwos Corner'])).toBeNull();
    expect(lone(['Nadia Okonkwo', teasers[0]!], storyTexts, [...head, 'Nadia'])).toBeNull();
  });

  it('reads no name under a last paragraph that ends no sentence', () => {
    expect(lone(['Nadia Okonkwo', teasers[0]!], [...storyTexts.slice(0, 3), 'The harbour road at dawn'])).toBeNull();
  });

  it('reads no name in capitals (a label)', () => {
    expect(lone(['NADIA OKONKWO', teasers[0]!])).toBeNull();
  });
});
