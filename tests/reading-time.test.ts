import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, readingTimeLabel, WORDS_PER_MINUTE } from '@/lib/reading-time';

describe('reading time', () => {
  it('counts words in Latin and Cyrillic, keeping hyphenated and apostrophised words whole', () => {
    expect(countWords('MZKT-6922 chassis, Belarus’ army — don’t')).toBe(5);
    expect(countWords('Министерство обороны Республики')).toBe(3);
    expect(countWords(' … — ')).toBe(0);
  });

  it('counts the words of scripts written without spaces, not their runs', () => {
    // 明斯克 / 工厂 / 交付 / 新型 / 卡车; ミンスク / の / 工場 / が / 納入 (segmentations written by hand; ICU may split a name).
    expect(countWords('明斯克工厂交付新型卡车')).toBeGreaterThanOrEqual(4);
    expect(countWords('明斯克工厂交付新型卡车')).toBeLessThanOrEqual(7);
    expect(countWords('โรงงานในมินสค์ส่งมอบรถบรรทุก')).toBeGreaterThanOrEqual(4);
    expect(countWords('ミンスクの工場が納入')).toBeGreaterThanOrEqual(4);
  });

  it('keeps a Devanagari word with its vowel signs and a Korean word-spaced phrase as words', () => {
    expect(countWords('मिन्स्क के कारख़ाने ने')).toBe(4);
    expect(countWords('민스크 공장, 새 트럭')).toBe(4);
  });

  it('rounds to whole minutes at the reading pace', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(readingMinutes([{ text: words(WORDS_PER_MINUTE * 4) }])).toBe(4);
    expect(readingMinutes([{ text: words(WORDS_PER_MINUTE * 2) }, { text: words(WORDS_PER_MINUTE * 2.4) }])).toBe(4);
  });

  it('never says less than one minute', () => {
    expect(readingMinutes([{ text: 'Short.' }])).toBe(1);
  });

  it('labels minutes', () => {
    expect(readingTimeLabel(3)).toBe('3 min read');
  });
});
