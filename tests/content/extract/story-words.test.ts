/**
 * The story's content words (story-words.ts foldedContentWords, over running-text.ts contentWords): four letters or more,
 * no stopword, in lower case and folded, as link-apart.ts matches a labelled line's words against the story's. Words are
 * made up or ordinary.
 */
import { describe, expect, it } from 'vitest';
import { stopwordsFor } from '@/lib/content/segment/line-evidence';
import { contentStems, contentWords } from '@/lib/content/segment/running-text';
import { foldedContentWords } from '@/lib/content/extract/story-words';

const EN = stopwordsFor('en');
const TR = stopwordsFor('tr');

describe('contentWords and foldedContentWords', () => {
  it('keep words of four letters or more that are no stopword, in lower case', () => {
    expect(contentWords('The Harbour board and its ferry operators met on Monday', EN)).toEqual(['harbour', 'board', 'ferry', 'operators', 'monday']);
  });

  it('fold the marks away for loose matching', () => {
    expect(foldedContentWords('Öğrenciler okulunda sınava girdi', TR)).toEqual(['ogrenciler', 'okulunda', 'sınava', 'girdi']);
  });

  it('give contentStems its stems: the first five letters of each content word', () => {
    expect([...contentStems('Ferry operators demand new harbour fees', EN)]).toEqual(['ferry', 'opera', 'deman', 'harbo', 'fees']);
  });
});
