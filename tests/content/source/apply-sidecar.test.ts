import { describe, expect, it } from 'vitest';
import { applySidecar } from '@/lib/content/source/apply-sidecar';
import { compileSource } from '@/lib/content/compile-source';

const undated = compileSource(
  'case',
  'content/articles/case.txt',
  'Minsk buys new trucks for the army\n\nThe defence ministry signed a contract for new heavy trucks, officials said on Tuesday.\n\nThe first vehicles are due before the summer, according to the plant.',
).articles[0]!;

describe('a dated sourceUrl path is evidence for a date', () => {
  it('dates an undated story from the path, and says so', () => {
    const got = applySidecar(undated, { sourceUrl: { value: 'https://news.example/2015/12/20/minsk-trucks', evidence: 'scraped from here' } });
    expect(got.datePublished).toMatchObject({ value: '2015-12-20', precision: 'day', source: 'source-url' });
    expect(got.datePublished.evidence).toContain('2015/12/20');
  });

  it('never overrides an editor’s date or a date the text gives', () => {
    const editor = applySidecar(undated, {
      sourceUrl: { value: 'https://news.example/2015/12/20/minsk-trucks', evidence: 'scraped from here' },
      datePublished: { value: '2015-12-19', evidence: 'the print edition' },
    });
    expect(editor.datePublished.source).toBe('sidecar');
    const dated = compileSource('d', 'content/articles/d.txt', `Minsk buys trucks\n4 March 2019\n\n${undated.body.map((b) => b.text).join('\n\n')}`).articles[0]!;
    expect(applySidecar(dated, { sourceUrl: { value: 'https://news.example/2015/12/20/x', evidence: 'scraped from here' } }).datePublished.value).toBe('2019-03-04');
  });

  it('leaves an undated story undated without a dated path', () => {
    expect(applySidecar(undated, { sourceUrl: { value: 'https://news.example/story/1234', evidence: 'scraped from here' } }).datePublished.source).toBe('none');
  });
});
