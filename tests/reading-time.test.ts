import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, readingTimeLabel, WORDS_PER_MINUTE } from '@/lib/reading-time';

describe('reading time', () => {
  it('counts words in Latin and Cyrillic, keeping hyphenated and apostrophised words whole', () => {
    expect(countWords('MZKT-6922 chassis, Belarus’ army — don’t')).toBe(5);
    expect(countWords('Министерство обороны Республики')).toBe(3);
    expect(countWords(' … — ')).toBe(0);
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
