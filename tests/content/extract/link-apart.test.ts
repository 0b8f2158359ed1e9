import { describe, expect, it } from 'vitest';
import { isWholeHeadline, namesNothingOfStory, standsApart, storyWordsOf } from '@/lib/content/extract/link-apart';

const STOP = new Set(['the', 'of', 'for', 'over', 'from', 'two', 'with']);
const STORY = ['The ferries left the harbour at dawn, the port authority said.', 'Cranes were lifted from the northern quay overnight.'];

describe('the story words a labelled line says', () => {
  it('counts the headline\'s content words of four letters or more, not stopwords, and those the story writes', () => {
    // Content words: lithuania, expels, diplomats, spying, claims (five); none in the story.
    expect(storyWordsOf({ label: 'Catch up', rest: 'Lithuania expels two diplomats over spying claims' }, STORY, STOP)).toEqual({ own: 5, shared: 0 });
  });

  it('finds a word the story writes under another ending, and one the label says', () => {
    // "ferry" is "ferries" inflected; "Cranes" is written as it is.
    expect(storyWordsOf({ label: 'Catch up', rest: 'Ferry strike ends after three days' }, STORY, STOP)).toEqual({ own: 6, shared: 1 });
    expect(storyWordsOf({ label: 'Cranes', rest: 'Operators demand compensation from the city' }, STORY, STOP)).toEqual({ own: 4, shared: 1 });
  });

  it('leaves accents and case aside', () => {
    expect(storyWordsOf({ label: 'Más', rest: 'Pérdidas récord en el PUERTO' }, ['Las perdidas del puerto crecen.'], new Set(['en', 'el', 'las', 'del'])).shared).toBe(2);
  });
});

describe('a labelled line naming nothing of the story', () => {
  it('needs three content words and none of them in the story', () => {
    expect(namesNothingOfStory({ label: 'Li tou', rest: 'Pri gazolin monte ankò nan ponp Pòtoprens yo' }, ['Timoun yo antre nan lekòl la.'], new Set())).toBe(true);
    expect(namesNothingOfStory({ label: 'Catch up', rest: 'Big win for Lithuania' }, STORY, STOP)).toBe(false);
    expect(namesNothingOfStory({ label: 'Catch up', rest: 'Ferry strike ends after three days' }, STORY, STOP)).toBe(false);
  });
});

describe('a line set apart in the story', () => {
  // Blocks: paragraph, paragraph, line, paragraph, paragraph.
  const prose = [true, true, false, true, true];
  it('is the only unmarked line between the first and last paragraph that is not running text', () => {
    expect(standsApart(2, prose, [true, true, true, true, true])).toBe(true);
  });

  it('is not apart beside a subheading, but is beside a marked line', () => {
    const withSub = [true, false, true, false, true];
    expect(standsApart(1, withSub, [true, true, true, true, true])).toBe(false);
    expect(standsApart(1, withSub, [true, true, true, false, true])).toBe(true);
  });

  it('is never the first or last block, nor outside the paragraphs', () => {
    expect(standsApart(0, prose, [true, true, true, true, true])).toBe(false);
    expect(standsApart(4, [true, true, true, true, false], [true, true, true, true, true])).toBe(false);
  });
});

describe('one word inflected, loosely', () => {
  it('finds a story word written only under a long ending', () => {
    const story = ['Veliler çocuklarının kayıtlarını sabah saatlerinden itibaren yaptırdı.'];
    expect(storyWordsOf({ label: 'İlk gün', rest: 'Kayıt masalarında bekleyen kalabalık' }, story, new Set()).shared).toBe(1);
  });
});

describe('a whole headline behind the label', () => {
  it('holds six words or more, in any script', () => {
    expect(isWholeHeadline('Lithuania recalls its envoy over spying claims')).toBe(true);
    expect(isWholeHeadline('Pri gazolin monte ankò nan ponp Pòtoprens yo')).toBe(true);
    expect(isWholeHeadline('توسيع الأنابيب نحو البلدات الساحلية')).toBe(false);
    expect(isWholeHeadline('Lippujen hinnat nousevat helmikuussa')).toBe(false);
    expect(isWholeHeadline('주말마다 주차장이 부족할까 걱정')).toBe(false);
  });
});
