import { describe, expect, it } from 'vitest';
import { findCandidateNames } from '@/lib/content/tagging/unknown-names';
import type { BodyBlock, Entity } from '@/lib/content/schema';
import { compileMatcher, tagArticle } from '@/lib/content/tagging/tag';

const gazetteer: Entity[] = [
  { slug: 'belarus', name: 'Belarus', type: 'country', aliases: ['Belarusian'], description: 'A test entry.' },
  { slug: 'minsk', name: 'Minsk', type: 'place', aliases: [], description: 'A test entry.' },
  { slug: 'ukraine', name: 'Ukraine', type: 'country', aliases: [], description: 'A test entry.' },
];
const matcher = compileMatcher(gazetteer);
const paragraphs = (...texts: string[]): BodyBlock[] => texts.map((text, i) => ({ kind: 'paragraph', text, line: i + 1 }));

/** Tags the text with the small gazetteer above, then lists the unresolved names. */
function candidates(title: string, body: BodyBlock[], ignore: string[] = []) {
  const { mentions } = tagArticle(matcher, title, body);
  return findCandidateNames(title, body, mentions, ignore);
}
const names = (title: string, body: BodyBlock[], ignore: string[] = []) => candidates(title, body, ignore).map((c) => c.name);

describe('findCandidateNames', () => {
  it('reports a capitalised name the gazetteer lacks, with its count and blocks', () => {
    const found = candidates('Minsk expo', paragraphs('The company Tetraedr showed a launcher in Minsk.', 'Buyers came to see Tetraedr again.'));
    expect(found).toEqual([{ name: 'Tetraedr', count: 2, blocks: [0, 1] }]);
  });

  it('keeps multi-word names whole, including inner "of" and "for"', () => {
    expect(names('', paragraphs('He works at the Institute for Studies of Eastern Europe in Minsk.'))).toEqual([
      'Institute for Studies of Eastern Europe',
    ]);
  });

  it('does not report common words just because they start a sentence', () => {
    const body = paragraphs('However, Belarus signed. Recently, Minsk agreed. Last week it was said: “Nonsense!” Moreover, (Indeed) it held.');
    expect(names('', body)).toEqual([]);
  });

  it('reports a name at a sentence start when the article also capitalises it mid-sentence', () => {
    expect(names('', paragraphs('Khrenin said so.', 'The minister, Khrenin, agreed.'))).toEqual(['Khrenin']);
    expect(candidates('', paragraphs('Khrenin said so.', 'The minister, Khrenin, agreed.'))[0]?.count).toBe(2);
  });

  it('reports acronyms even at a sentence start', () => {
    expect(names('', paragraphs('MILEX opened. It showed an MLRS.'))).toEqual(['MILEX', 'MLRS']);
  });

  it('skips months, weekdays, roman numerals and single letters', () => {
    expect(names('', paragraphs('On Thursday in May the VIII meeting of R&D people and I met.'))).toEqual([]);
  });

  it('takes the name after a post and drops a post on its own', () => {
    expect(names('', paragraphs('Yesterday Deputy Defence Minister Viktor Khrenin spoke, and the Internal Minister agreed.'))).toEqual([
      'Viktor Khrenin',
    ]);
  });

  it('does not report what the tagger resolved, even inside a longer capitalised run', () => {
    expect(names('', paragraphs('Yesterday the Belarusian Tetraedr firm and Ukraine Minsk talks.'))).toEqual(['Tetraedr']);
  });

  it('distrusts headline case: a headline word counts only if the body capitalises it mid-sentence', () => {
    const body: BodyBlock[] = [
      { kind: 'heading', text: 'Kremlin Trash And Other Things', line: 1 },
      { kind: 'paragraph', text: 'They met the Kremlin staff.', line: 2 },
    ];
    expect(names('Big News From Minsk', body)).toEqual(['Kremlin']);
  });

  it('leaves out names on the ignore list, whatever their dashes or apostrophes', () => {
    expect(names('', paragraphs('The Sub‑Commission met the Tetraedr board.'), ['Sub-Commission'])).toEqual(['Tetraedr']);
  });
});
