/** How bench:accuracy describes leaked furniture lines and lost body lines: by shape and position, never by text. */
import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '@/lib/content/schema';
import { leakKindsOf, lineKindKeys, lostKindsOf } from '../fixtures/scrapes/leak-kinds';
import { terminalClass, wordClass } from '../fixtures/scrapes/line-shape';
import type { ScrapeCase } from '../fixtures/scrapes/load';
import { makeArticle } from '../support/article';
import { scrapeCaseOf } from '../support/scrape-case';

const lines = [
  'Share',
  'MORNING HORIZON',
  'Drills begin near the border',
  'By Jose Perez',
  'Soldiers moved to the range at dawn, the ministry said.',
  'Photo: Ana Ruiz',
  'The drills will last two weeks.',
  'Officials declined to comment further.',
  'Share',
  'Follow us @horizon',
  'Copyright © 2021 Morning Horizon',
];
const page = scrapeCaseOf(
  lines,
  {
    layout: 'menu word, masthead, headline, byline, caption inside the story, share row and footer',
    language: 'en',
    title: 'Drills begin near the border',
    date: null,
    author: 'Jose Perez',
    outlet: 'Morning Horizon',
    firstParagraph: lines[4],
    lastParagraph: lines[7],
    furniture: ['Share', 'MORNING HORIZON', 'By Jose Perez', 'Photo: Ana Ruiz', 'Follow us @horizon', 'Copyright © 2021 Morning Horizon'],
    entities: [],
  },
  [lines[4]!, lines[6]!, lines[7]!],
);

const p = (text: string, line: number): BodyBlock => ({ kind: 'paragraph', text, line });
const outputOf = (body: BodyBlock[]) => ({ article: makeArticle('a', { body }), rejected: [] });

describe('leaked line kinds', () => {
  it('describes each leaked line by where it ends up and stood, its words, terminal and flags', () => {
    const out = outputOf([
      p('By Jose Perez', 4),
      p(lines[4]!, 5),
      p('Photo: Ana Ruiz The drills will last two weeks.', 6),
      p(lines[7]!, 8),
      p('Share', 9),
      p('Follow us @horizon', 10),
      p('Copyright © 2021 Morning Horizon', 11),
    ]);
    expect(leakKindsOf(page, out)).toEqual([
      { shape: 'below last ¶, own paragraph, 1 word, no terminal', stood: 'below the last ¶, 1 line down', flags: ['repeats another input line', 'one of a run of 3+'] },
      { shape: 'above first ¶, own paragraph, 2-3 words, no terminal', stood: 'between headline and first ¶, 1 line above the ¶', flags: [] },
      { shape: 'between body ¶s, glued into a paragraph, 2-3 words, no terminal', stood: 'inside the story, 1 line from an edge ¶', flags: ['colon label'] },
      { shape: 'below last ¶, own paragraph, 2-3 words, no terminal', stood: 'below the last ¶, 2-3 lines down', flags: ['has a URL, e-mail or @handle', 'one of a run of 3+'] },
      { shape: 'below last ¶, own paragraph, 4-7 words, no terminal', stood: 'below the last ¶, 2-3 lines down', flags: ['has digits', 'has ©', 'one of a run of 3+'] },
    ]);
  });

  it('tells a line glued above the first paragraph in its block, and a leaked heading, apart', () => {
    const out = outputOf([p(`By Jose Perez ${lines[4]}`, 4), p(lines[6]!, 7), p(lines[7]!, 8), { kind: 'heading', text: 'Share', line: 9 }]);
    expect(leakKindsOf(page, out).map((l) => l.shape)).toEqual(['below last ¶, own heading, 1 word, no terminal', 'above first ¶, glued into a paragraph, 2-3 words, no terminal']);
  });

  it('does not take a teaser repeating the opening above the headline for the first paragraph', () => {
    const teaser = `${lines[4]} Read more`;
    const withTeaser: ScrapeCase = {
      ...page,
      lines: [teaser, ...lines.slice(2)],
      expected: { ...page.expected, furniture: [teaser, 'By Jose Perez', 'Photo: Ana Ruiz', 'Share', 'Follow us @horizon', 'Copyright © 2021 Morning Horizon'] },
    };
    const out = outputOf([p(teaser, 1), p(lines[4]!, 3), p(lines[6]!, 5), p(lines[7]!, 6)]);
    expect(leakKindsOf(withTeaser, out)).toEqual([{ shape: 'above first ¶, own paragraph, 8+ words, no terminal', stood: 'above the headline, 1 line up', flags: ['holds an expected first or last ¶'] }]);
  });

  it('places a paragraph only a furniture line holds on that line', () => {
    const kicker = `LIVE ${lines[4]}`;
    const kicked: ScrapeCase = { ...page, lines: [lines[2]!, kicker, lines[7]!], expected: { ...page.expected, furniture: [kicker] } };
    const out = outputOf([p(kicker, 2), p(lines[7]!, 3)]);
    expect(leakKindsOf(kicked, out)).toEqual([{ shape: 'between body ¶s, own paragraph, 8+ words, terminal', stood: 'the first ¶ line', flags: ['holds an expected first or last ¶'] }]);
  });

  it('describes nothing when no furniture line reached the body', () => {
    expect(leakKindsOf(page, outputOf([p(lines[4]!, 5), p(lines[6]!, 7), p(lines[7]!, 8)]))).toEqual([]);
  });
});

describe('lost line kinds', () => {
  it('tells a line gone whole from one cut short, with where each stood', () => {
    const out = outputOf([p(lines[4]!, 5), p('Officials declined to comment', 8)]);
    expect(lostKindsOf(page, out)).toEqual([
      { shape: 'gone, 4-7 words, terminal', stood: 'inside the story, 1 line from an edge ¶', flags: [] },
      { shape: 'partly kept, 4-7 words, terminal', stood: 'the last ¶ line', flags: [] },
    ]);
  });

  it('counts every body line of a rejected page as lost with the page', () => {
    const kinds = lostKindsOf(page, { article: null, rejected: [] });
    expect(kinds.map((k) => k.shape)).toEqual(['page rejected, 8+ words, terminal', 'page rejected, 4-7 words, terminal', 'page rejected, 4-7 words, terminal']);
    expect(kinds.map((k) => k.stood)).toEqual(['the first ¶ line', 'inside the story, 1 line from an edge ¶', 'the last ¶ line']);
  });
});

describe('line shape', () => {
  it('counts words as word-like segments in any script', () => {
    expect([wordClass('…'), wordClass('Tags'), wordClass('Hello, world!'), wordClass('Ein Satz mit fünf Wörtern'), wordClass('one two three four five six seven eight')]).toEqual([
      'no words',
      '1 word',
      '2-3 words',
      '4-7 words',
      '8+ words',
    ]);
  });

  it('finds a sentence terminal of any script, before closing quotes', () => {
    expect(['He said “yes.”', '東京で会議が開かれた。', 'क्या हुआ?', 'Read more', 'Price: 12.50 EUR'].map(terminalClass)).toEqual(['terminal', 'terminal', 'terminal', 'no terminal', 'no terminal']);
  });
});

describe('table keys', () => {
  it('gives one shape and one stood key per line, and one key per flag or "none"', () => {
    const keys = lineKindKeys(
      [
        { shape: 'a', stood: 'b', flags: [] },
        { shape: 'a', stood: 'c', flags: ['x', 'y'] },
      ],
      'ends up',
    );
    expect(keys).toEqual(['ends up: a', 'stood: b', 'flag: none', 'ends up: a', 'stood: c', 'flag: x', 'flag: y']);
  });
});
