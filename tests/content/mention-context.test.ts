import { describe, expect, it } from 'vitest';
import { compileArchive, readContentFiles, readGazetteerFile } from '@/lib/content/archive';
import { coOccurring, firstMention, quoteAround, quoteMention } from '@/lib/content/mention-context';

const archive = compileArchive(readContentFiles('content'), readGazetteerFile('content'));

describe('quoteAround', () => {
  const text = 'Minsk agreed. Then Kiev helped Minsk to build the Polonez (Polonaise) system. “It works,” he said. More followed.';

  it('quotes the whole sentence around a mention, split at the mention', () => {
    const start = text.indexOf('Polonez');
    expect(quoteAround(text, start, start + 'Polonez'.length)).toEqual({
      before: 'Then Kiev helped Minsk to build the ',
      surface: 'Polonez',
      after: ' (Polonaise) system.',
    });
  });

  it('treats a closing quote after the full stop as part of the sentence end', () => {
    const start = text.indexOf('works');
    const quote = quoteAround(text, start, start + 5);
    expect(`${quote.before}${quote.surface}${quote.after}`).toBe('“It works,” he said.');
  });

  it('quotes from the start of the block and to its end when there is no full stop', () => {
    expect(quoteAround('Belarus and Ukraine', 0, 7)).toEqual({ before: '', surface: 'Belarus', after: ' and Ukraine' });
  });

  it('cuts a long sentence at word boundaries with an ellipsis, keeping the mention', () => {
    const long = `${'word '.repeat(80)}Belarus ${'more '.repeat(80)}end.`;
    const start = long.indexOf('Belarus');
    const q = quoteAround(long, start, start + 7, 60);
    expect(q.surface).toBe('Belarus');
    expect(q.before.startsWith('…')).toBe(true);
    expect(q.after.endsWith('…')).toBe(true);
    expect(q.before.length + q.surface.length + q.after.length).toBeLessThanOrEqual(64);
    expect(q.before).not.toMatch(/…\S*wor\b/u);
  });
});

describe('mentions on the seed archive', () => {
  const polonezArticle = archive.articles.find((a) => a.id.startsWith('004_'));

  it('finds the first body mention of an entity and quotes its sentence', () => {
    const m = polonezArticle && firstMention(polonezArticle, 'polonez');
    expect(m?.surface).toBe('Palanez');
    const q = polonezArticle && m ? quoteMention(polonezArticle, m) : undefined;
    expect(q?.before).toMatch(/designing the Belarusian $/u);
    expect(q?.after).toMatch(/multiple launch rocket system\.$/u);
  });

  it('counts the entities sharing articles with Polonez', () => {
    const shared = coOccurring(archive, 'polonez');
    const polonezIds = new Set(archive.entities.find((e) => e.slug === 'polonez')?.articles);
    const belarus = archive.entities.find((e) => e.slug === 'belarus');
    expect(shared.find((s) => s.slug === 'belarus')?.articles).toBe(belarus?.articles.filter((id) => polonezIds.has(id)).length);
    expect(shared.some((s) => s.slug === 'polonez')).toBe(false);
    expect(shared.find((s) => s.slug === 'stilet')?.articles).toBe(1);
  });
});
