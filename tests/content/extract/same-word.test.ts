import { describe, expect, it } from 'vitest';
import { commonPrefixLength, sameWordByEnding, sameWordByShare, sharesStem } from '@/lib/content/extract/same-word';

describe('commonPrefixLength', () => {
  it('counts the letters two words share at their start, by UTF-16 unit in a string and by code point in an array', () => {
    expect(commonPrefixLength('harbour', 'harvest')).toBe(3);
    expect(commonPrefixLength('ferry', 'ferry')).toBe(5);
    expect(commonPrefixLength('', 'ferry')).toBe(0);
    expect(commonPrefixLength('𝐀𝐁x', '𝐀𝐁y')).toBe(4);
    expect(commonPrefixLength([...'𝐀𝐁x'], [...'𝐀𝐁y'])).toBe(2);
  });
});

describe('sameWordByShare (story-voice.ts)', () => {
  it('matches four letters shared at the start that make three fifths of the shorter word', () => {
    expect(sameWordByShare('kräften', 'kräfte')).toBe(true);
    expect(sameWordByShare('ferries', 'ferry')).toBe(true);
    expect(sameWordByShare('города', 'городе')).toBe(true);
  });
  it('keeps apart words that share fewer letters or too small a part of the shorter one', () => {
    expect(sameWordByShare('kraft', 'kräfte')).toBe(false);
    expect(sameWordByShare('fern', 'ferry')).toBe(false);
    expect(sameWordByShare('harbourmaster', 'harb')).toBe(true);
    expect(sameWordByShare('harbours', 'harbingers')).toBe(false);
  });
});

describe('sameWordByEnding (label-echo.ts)', () => {
  it('matches a stem of four letters or more that leaves at most three letters over', () => {
    expect(sameWordByEnding('ferry', 'ferries')).toBe(true);
    expect(sameWordByEnding('harbour', 'harbours')).toBe(true);
    expect(sameWordByEnding('same', 'same')).toBe(true);
  });
  it('keeps apart a longer ending or a shorter stem', () => {
    expect(sameWordByEnding('harbour', 'harbourmasters')).toBe(false);
    expect(sameWordByEnding('okulunda', 'okullardan')).toBe(false);
    expect(sameWordByEnding('fer', 'fer')).toBe(true);
    expect(sameWordByEnding('ferr', 'fern')).toBe(false);
  });
});

describe('sharesStem, one word inflected, loosely (link-apart.ts, link-flow.ts)', () => {
  it('matches a stem of four letters or more covering half the shorter word, however long the ending', () => {
    // Prefix "kayıt" (5 of 5) with "larını" over; "hálózat" (7 of 9) with "ában" over; "okul" (4 of 8).
    expect(sharesStem('kayıt', 'kayıtlarını')).toBe(true);
    expect(sharesStem('hálózatot', 'hálózatában')).toBe(true);
    expect(sharesStem('okulunda', 'okullardan')).toBe(true);
  });

  it('matches a word behind a glued prefix of at most three letters', () => {
    expect(sharesStem('الحكومة', 'والحكومة')).toBe(true);
    expect(sharesStem('حكومة', 'بالحكومة')).toBe(true);
    expect(sharesStem('حكومة', 'وبالحكومة')).toBe(false);
  });

  it('keeps words apart that share less: a short prefix, or under half the shorter word', () => {
    expect(sharesStem('harbour', 'harvest')).toBe(false);
    expect(sharesStem('television', 'telephone')).toBe(false);
  });

  it('matches what sameWordByEnding matches, and a long ending it does not', () => {
    expect(sharesStem('ferry', 'ferries')).toBe(true);
    expect(sharesStem('harbour', 'harbourmasters')).toBe(true);
  });
});
