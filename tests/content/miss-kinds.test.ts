/** How bench:accuracy labels a miss: the "where" finders read the page's lines under one normalisation. */
import { describe, expect, it } from 'vitest';
import { missKindsOf } from '../fixtures/scrapes/miss-kinds';
import { makeArticle } from '../support/article';
import { scrapeCaseOf } from '../support/scrape-case';

const lines = [
  'MORNING HORIZON',
  'Drills begin near the border',
  'By JOSE PEREZ, staff writer',
  '12.03.21',
  'Soldiers moved to the range at dawn, the ministry said.',
  'Officials declined to comment further.',
  'Copyright Morning Horizon',
];
const page = scrapeCaseOf(
  lines,
  {
    layout: 'masthead, headline, byline in capitals, short numeric date',
    language: 'en',
    title: 'Drills begin near the border',
    date: { value: '2021-03-12', precision: 'day' },
    author: 'José Pérez',
    outlet: 'Morning Horizon',
    firstParagraph: 'Soldiers moved to the range at dawn, the ministry said.',
    lastParagraph: 'Officials declined to comment further.',
    furniture: ['MORNING HORIZON', 'By JOSE PEREZ, staff writer', '12.03.21', 'Copyright Morning Horizon'],
    entities: [],
  },
  [lines[4]!, lines[5]!],
);

/** The page read right except for author, date and outlet, which it gave none of. */
const gaveNone = makeArticle('a', {
  title: { value: 'Drills begin near the border', source: 'text', line: 2, evidence: '' },
  date: null,
  author: null,
  outlet: null,
  body: [
    { kind: 'paragraph', text: lines[4]!, line: 5 },
    { kind: 'paragraph', text: lines[5]!, line: 6 },
  ],
});

describe('miss kinds', () => {
  const kinds = Object.fromEntries(missKindsOf(page, { article: gaveNone, rejected: [] }).map((m) => [m.field, m.kind]));

  it('finds an author printed in capitals and without accents on its line, with the words around it', () => {
    expect(kinds.author).toBe('gave none (with words before, words after, between headline and first ¶)');
  });

  it('finds a date written with a two-figure year on a furniture line of its own', () => {
    expect(kinds.date).toBe('gave none (a line of its own, between headline and first ¶)');
  });

  it('finds the outlet on every line that writes it, whatever its letter case', () => {
    expect(kinds['outlet where']).toBe('gave none: name on 2 lines, one at the top, one in the last 5, alone on line 1 (2 words, title case; next lines of 5 and 5 words)');
  });

  it('labels nothing else a miss', () => {
    expect(Object.keys(kinds).sort()).toEqual(['author', 'date', 'outlet', 'outlet where']);
  });
});
