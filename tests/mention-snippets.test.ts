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

const plain = (text: string) => ({ text, mark: false });
const marked = (text: string) => ({ text, mark: true });

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
      { anchor: 'p-1', parts: [plain('One result is the '), marked('STILET'), plain(' system.')] },
      { anchor: 's-1', parts: [marked('STILET'), plain(' and after')] },
      { anchor: 'p-2', parts: [marked('STILET'), plain(' is compared with Pantsir.')] },
    ]);
  });

  it('skips title mentions and other entities, and honours the limit', () => {
    expect(mentionSnippets(article, 'ukraine')).toHaveLength(1);
    expect(mentionSnippets(article, 'stilet', 1)).toHaveLength(1);
  });

  it('clips a very long sentence on word boundaries', () => {
    const long = `${'word '.repeat(200)}STILET ${'more '.repeat(200)}end.`;
    const a = makeArticle('y', { body: [{ kind: 'paragraph', text: long, line: 1 }], mentions: [mentionOf(long, 'STILET', 0)] });
    const [before, match, after] = mentionSnippets(a, 'stilet')[0]?.parts ?? [];
    expect(before?.text.startsWith('…word')).toBe(true);
    expect(match).toEqual(marked('STILET'));
    expect(after?.text.endsWith('more…')).toBe(true);
    expect((before?.text.length ?? 0) <= SNIPPET_CONTEXT + 1).toBe(true);
  });

  it('makes one snippet with two marks when a sentence mentions the entity twice', () => {
    const text = 'Belarus makes Polonez (Polonaise) launchers. Other text.';
    const a = makeArticle('w', {
      body: [{ kind: 'paragraph', text, line: 1 }],
      mentions: [mentionOf(text, 'Polonaise', 0, 'polonez'), mentionOf(text, 'Polonez', 0, 'polonez')],
    });
    expect(mentionSnippets(a, 'polonez')).toEqual([
      { anchor: 'p-1', parts: [plain('Belarus makes '), marked('Polonez'), plain(' ('), marked('Polonaise'), plain(') launchers.')] },
    ]);
  });

  it('ignores a mention whose range falls outside its block', () => {
    const a = makeArticle('z', { body: [{ kind: 'paragraph', text: 'Short.', line: 1 }], mentions: [{ entity: 'stilet', block: 0, start: 10, end: 16, surface: 'STILET' }] });
    expect(mentionSnippets(a, 'stilet')).toEqual([]);
  });
});
