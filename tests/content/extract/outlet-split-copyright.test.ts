/**
 * A © line the scrape broke in two (outlet-split-copyright.ts): the mark with its years over the name, below the
 * story's text, and the lines of that place that are no name. Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { outletFinds } from '@/lib/content/extract/outlet-lines';
import { splitCopyrightFinds } from '@/lib/content/extract/outlet-split-copyright';

const TOP = ['Home', 'World', 'Sport', 'Council approves new pier plan', 'December 5, 2026'];
const STORY = [
  'The town council on Thursday approved a plan to rebuild the old pier by 2030, officials said.',
  'The project includes two new landing stages and a waiting room for ferry passengers.',
  'Work is due to begin next summer, according to the mayor’s office.',
];
const filled = (lines: string[]) => sourceLines(lines.join('\n')).filter((l) => l.text.trim() !== '');
const names = (lines: string[], language = 'en') => splitCopyrightFinds(filled(lines), nameStopwords(language)).map((f) => f.value);

describe('a © line broken in two', () => {
  it.each([['©'], ['© 2026'], ['Copyright © 2008–2026'], ['(c) 2026']])('names the outlet on the line under %s', (mark) => {
    expect(names([...TOP, ...STORY, 'Share', mark, 'Quillby Tribune', 'Privacy policy'])).toEqual(['Quillby Tribune']);
  });

  it('keeps a joining particle inside the name', () => {
    expect(names([...TOP, ...STORY, '© 2026', 'Gazeta do Vale Verde'], 'pt')).toEqual(['Gazeta do Vale Verde']);
  });

  it('names the outlet through the page’s finds, with no other witness', () => {
    const lines = sourceLines([...TOP, ...STORY, 'Share', '© 2026', 'Quillby Tribune', 'Privacy policy'].join('\n'));
    expect(chooseOutlet(outletFinds(lines, nameStopwords('en')), null)?.value).toBe('Quillby Tribune');
  });

  it.each([
    ['a footer link with a function word', ['© 2026', 'About us']],
    ['a footer link with a word the page writes in lower case', ['© 2026', 'Terms Of Service', 'Read our terms before you comment.']],
    ['a single word of a cased script', ['© 2026', 'Quillby']],
    ['a sentence', ['© 2026', 'Quillby Tribune is a member of the press council.']],
    ['a mark with more words on its line (copyrightFind’s own)', ['© 2026 Coastline Media', 'Quillby Tribune']],
  ])('reads no name under the mark: %s', (_, footer) => {
    expect(names([...TOP, ...STORY, 'Share', ...footer])).toEqual([]);
  });

  it('reads no name where the story goes on below (a picture’s credit)', () => {
    expect(names([...TOP, STORY[0]!, '©', 'Anna Reed', STORY[1]!, STORY[2]!])).toEqual([]);
  });
});
