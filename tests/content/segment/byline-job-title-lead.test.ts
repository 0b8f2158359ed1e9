import { describe, expect, it } from 'vitest';
import { matchByline } from '@/lib/content/segment/byline';
import { isJobTitle } from '@/lib/content/segment/byline-labels';
import { matchNameWithTail } from '@/lib/content/segment/name-tail';
import { markLine } from '@/lib/content/segment/segment';
import { compileArticle } from '../../support/compile-text';

describe('a job title before a dash or a bar, then the name', () => {
  it.each([
    ['Chief Editor - Anna Berg', 'Anna Berg'],
    ['Senior Reporter · Jonas Weber', 'Jonas Weber'],
    ['Intatheli Enkulu – Sipho Dlamini', 'Sipho Dlamini'],
  ])('reads “%s” as the name after the title, %s', (line, author) => expect(matchNameWithTail(line)?.author).toBe(author));

  it('reads the name after a bar where a name and its outlet were read before', () => {
    expect(matchByline('Political Editor | Anna Berg')).toEqual({ author: 'Anna Berg', outlet: null });
  });

  it('keeps the outlet a desk credit names after its bar', () => {
    expect(matchByline('Staff Writer | Harbour Ledger')).toEqual({ author: 'Staff Writer', outlet: 'Harbour Ledger' });
  });

  it('keeps a name with its role before the dash as the name', () => {
    expect(matchNameWithTail('Ana Souza Repórter - Agência Brasil')?.author).toBe('Ana Souza Repórter');
    expect(matchNameWithTail('Anna Berg - Political Editor')?.author).toBe('Anna Berg');
  });

  it.each([
    ['Chief Editor', true],
    ['Korrespondent', true],
    ['Staff Writer', true],
    ['Ana Souza Repórter', false],
    ['Political Affairs', false],
    ['Senior Political Affairs Editor', false],
  ])('reads “%s” as a job title: %s', (text, title) => expect(isJobTitle(text)).toBe(title));

  it('takes the name under the headline, not the title before it', () => {
    const article = compileArticle(
      [
        'Harbour Ledger',
        'News',
        'Sport',
        'Council agrees to rebuild the old harbour wall before winter',
        'Chief Editor - Anna Berg',
        '12 March 2026',
        'The council voted on Tuesday to rebuild the old harbour wall before the winter storms arrive.',
        'Engineers said the work would take about four months and cost less than first feared.',
        'Share this article',
      ].join('\n'),
    );
    expect(article?.author?.value).toBe('Anna Berg');
  });
});

describe('a bare name beside the picture’s credit', () => {
  it('reads the writer before a slash and a photo credit', () => {
    expect(markLine('Anna Berg / Photo: Tom Reed')).toEqual({ kind: 'byline', byline: { author: 'Anna Berg', outlet: null } });
    expect(markLine('Lena Holm / Foto: Per Ek')).toEqual({ kind: 'byline', byline: { author: 'Lena Holm', outlet: null } });
  });

  it('reads no writer in a caption naming its subject before a comma', () => {
    expect(markLine('Generalul Ion Marin, Foto: Arhiva personală')).toEqual({ kind: 'furniture', reason: 'photo-credit' });
  });

  it('reads no writer when the credit comes first', () => {
    expect(markLine('Photo: Tom Reed / Anna Berg')?.kind).toBe('furniture');
  });
});
