import { describe, expect, it } from 'vitest';
import { nameBeforeFigureTail, pageWordsOf } from '@/lib/content/extract/header-names';
import { compileArticle } from '../../support/compile-text';

/** The author the lines compile to; a rejected page fails the test here. */
function authorOf(lines: string[]): string | null {
  const article = compileArticle(lines.join('\n'));
  if (article === undefined) throw new Error('the page was rejected');
  return article.author?.value ?? null;
}

const headline = 'Council backs plan to reopen the old ferry crossing next summer';
const story = [
  'Councillors voted on Monday to reopen the old ferry crossing next summer, after two years in which the boat stayed tied up.',
  'The crossing closed when its only vessel failed an inspection, leaving villagers with an hour of driving to the nearest bridge.',
  'A rebuilt boat is due to arrive in May and will first run at weekends only, the council said.',
];

describe('nameBeforeFigureTail', () => {
  const page = pageWordsOf(['Home', headline, ...story]);

  it('reads the name before a separator and a few words with a figure', () => {
    expect(nameBeforeFigureTail('Harriet Vossberg · 4 min read', page)?.author).toBe('Harriet Vossberg');
    expect(nameBeforeFigureTail('Beatriz Lacerda Fontes | 5 min de leitura', page)?.author).toBe('Beatriz Lacerda Fontes');
    expect(nameBeforeFigureTail('Erik Lund — 3 kommentarer', page)?.author).toBe('Erik Lund');
  });

  it('reads no name before a tail without figures, a long tail or a sentence, nor a line that opens with the separator', () => {
    expect(nameBeforeFigureTail('Harriet Vossberg · Staff', page)).toBeNull();
    expect(nameBeforeFigureTail('Harriet Vossberg · read the 4 other stories on this page today', page)).toBeNull();
    expect(nameBeforeFigureTail('Harriet Vossberg · 4 boats sailed.', page)).toBeNull();
    expect(nameBeforeFigureTail('· 4 min read', page)).toBeNull();
  });

  it('reads no name whose last word the page prints on another line', () => {
    const named = pageWordsOf(['Home', headline, 'Vossberg said the boat was ready.']);
    expect(nameBeforeFigureTail('Harriet Vossberg · 4 min read', named)).toBeNull();
  });
});

describe('a name with a reading time in the header', () => {
  it('takes the name under the headline, with no date on the page', () => {
    expect(authorOf(['Home', 'Local', headline, 'Harriet Vossberg · 4 min read', ...story])).toBe('Harriet Vossberg');
  });

  it('takes the name beside the date', () => {
    expect(authorOf(['Home', 'Local', headline, '12/03/2024', 'Harriet Vossberg — 4 min read', ...story])).toBe('Harriet Vossberg');
  });
});
