import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/content/events/sentences';

describe('splitSentences', () => {
  it('splits at full stops followed by a capital and keeps each range', () => {
    const text = 'The plant opened in 2012. It closed in 2019. Nobody noticed.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['The plant opened in 2012.', 'It closed in 2019.', 'Nobody noticed.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after abbreviations, month abbreviations or initials', () => {
    const text = 'Gen. Petrov spoke on Sept. 3 about it. A. Ivanova disagreed.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Gen. Petrov spoke on Sept. 3 about it.', 'A. Ivanova disagreed.']);
  });

  it('splits after an amount that ends in a letter', () => {
    const text = 'Sales rose to $14.4m. In 2015 they fell.';
    expect(splitSentences(text)).toHaveLength(2);
  });

  it('keeps a closing quote with its sentence and splits before an opening one', () => {
    const text = '“We will build it,” he said. “Soon.”';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['“We will build it,” he said.', '“Soon.”']);
  });
});
