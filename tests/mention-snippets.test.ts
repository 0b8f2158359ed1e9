import { describe, expect, it } from 'vitest';
import { mentionSnippets, sentenceAround, SNIPPET_CONTEXT } from '@/lib/mention-snippets';
import { makeArticle } from './support/article';

const mentionOf = (text: string, word: string, block: number, entity = 'stilet', from = 0) => {
  const start = text.indexOf(word, from);
  return { entity, block, start, end: start + word.length, surface: word };
};

describe('sentenceAround', () => {
  it('finds the sentence containing a range', () => {
    const text = 'First one. The STILET system is new. Last one.';
    const [s, e] = sentenceAround(text, text.indexOf('STILET'), text.indexOf('STILET') + 6);
    expect(text.slice(s, e).trim()).toBe('The STILET system is new.');
  });

  it('treats closing quotes after a full stop as part of the sentence', () => {
    const text = '“STILET is an advanced weapon.” Ischenko said so.';
    const [s, e] = sentenceAround(text, 1, 7);
    expect(text.slice(s, e)).toBe('“STILET is an advanced weapon.”');
  });
});

describe('mentionSnippets', () => {
  const p0 = 'Belarus and Ukraine work together. One result is the STILET system. It is short-range.';
  const heading = 'STILET and after';
  const p1 = 'STILET is compared with Pantsir.';
  const article = makeArticle('x', {
    body: [
      { kind: 'paragraph', text: p0, line: 1 },
      { kind: 'heading', text: heading, line: 2 },
      { kind: 'paragraph', text: p1, line: 3 },
    ],
    mentions: [
      mentionOf(p1, 'STILET', 2),
      mentionOf(p0, 'STILET', 0),
      mentionOf(p0, 'Ukraine', 0, 'ukraine'),
      { entity: 'stilet', block: -1, start: 0, end: 6, surface: 'STILET' },
      mentionOf(heading, 'STILET', 1),
    ],
  });

  it('cuts the sentence around each mention, in body order, pointing at its paragraph or heading', () => {
    expect(mentionSnippets(article, 'stilet')).toEqual([
      { anchor: 'p-1', before: 'One result is the ', match: 'STILET', after: ' system.' },
      { anchor: 's-1', before: '', match: 'STILET', after: ' and after' },
      { anchor: 'p-2', before: '', match: 'STILET', after: ' is compared with Pantsir.' },
    ]);
  });

  it('skips title mentions and other entities, and honours the limit', () => {
    expect(mentionSnippets(article, 'ukraine')).toHaveLength(1);
    expect(mentionSnippets(article, 'stilet', 1)).toHaveLength(1);
  });

  it('clips a very long sentence on word boundaries', () => {
    const long = `${'word '.repeat(200)}STILET ${'more '.repeat(200)}end.`;
    const a = makeArticle('y', { body: [{ kind: 'paragraph', text: long, line: 1 }], mentions: [mentionOf(long, 'STILET', 0)] });
    const [s] = mentionSnippets(a, 'stilet');
    expect(s?.before.startsWith('…word')).toBe(true);
    expect(s?.after.endsWith('more…')).toBe(true);
    expect((s?.before.length ?? 0) <= SNIPPET_CONTEXT + 1).toBe(true);
  });

  it('ignores a mention whose range falls outside its block', () => {
    const a = makeArticle('z', { body: [{ kind: 'paragraph', text: 'Short.', line: 1 }], mentions: [{ entity: 'stilet', block: 0, start: 10, end: 16, surface: 'STILET' }] });
    expect(mentionSnippets(a, 'stilet')).toEqual([]);
  });
});
