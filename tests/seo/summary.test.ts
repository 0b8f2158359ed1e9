import { describe, expect, it } from 'vitest';
import { cutOnWord, summarise } from '@/lib/seo/summary';
import { makeArticle } from '../support/articles';

describe('cutOnWord', () => {
  it('returns short text unchanged, with whitespace collapsed', () => {
    expect(cutOnWord('  Two   words \n here ', 50)).toBe('Two words here');
  });

  it('cuts long text on a word boundary and marks the cut with an ellipsis', () => {
    const text = 'The quick brown fox jumps over the lazy dog and keeps running far away';
    const cut = cutOnWord(text, 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut.endsWith('…')).toBe(true);
    const kept = cut.slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    expect(text[kept.length]).toBe(' ');
  });

  it('keeps a last word that ends exactly where the room does', () => {
    expect(cutOnWord('alpha beta gamma delta', 17)).toBe('alpha beta gamma…');
    expect(cutOnWord('alpha beta gamma delta', 16)).toBe('alpha beta…');
  });

  it('does not leave a dangling comma before the ellipsis', () => {
    expect(cutOnWord('Alpha beta gamma, delta epsilon zeta eta theta', 19)).toBe('Alpha beta gamma…');
  });

  it('cuts a single overlong word hard rather than returning nothing', () => {
    const cut = cutOnWord('x'.repeat(100), 20);
    expect(cut).toHaveLength(20);
  });
});

describe('summarise', () => {
  it('uses the first paragraph and skips headings', () => {
    const a = makeArticle({ headings: ['A heading'], paragraphs: ['The first paragraph is long enough to be a summary on its own, clearly, with room to spare.', 'Second.'] });
    expect(summarise(a.body)).toBe('The first paragraph is long enough to be a summary on its own, clearly, with room to spare.');
  });

  it('adds the next paragraph when the first is only a short lede', () => {
    const a = makeArticle({ paragraphs: ['MINSK.', 'The second paragraph carries the actual news of the day.'] });
    expect(summarise(a.body)).toBe('MINSK. The second paragraph carries the actual news of the day.');
  });

  it('stays within the limit for a long opening paragraph', () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const s = summarise(makeArticle({ paragraphs: [long] }).body, 120);
    expect(s.length).toBeLessThanOrEqual(120);
    expect(s.endsWith('…')).toBe(true);
  });
});
