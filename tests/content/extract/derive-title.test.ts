import { describe, expect, it } from 'vitest';
import { clipWords, deriveTitle } from '@/lib/content/extract/derive-title';

const para = (text: string) => [{ kind: 'paragraph' as const, text, line: 3 }];

describe('deriveTitle', () => {
  it('takes the opening quotation when the story opens with one', () => {
    const t = deriveTitle(para('“Missiles matter,” the president said on Monday. More text follows here.'));
    expect(t).toMatchObject({ value: 'Missiles matter', source: 'derived', line: 3 });
  });
  it('takes the first sentence, never the whole paragraph', () => {
    const text = 'Belarus has tested a new rocket. Officials said the test went well and more will follow.';
    expect(deriveTitle(para(text))?.value).toBe('Belarus has tested a new rocket');
  });
  it('cuts a long first sentence on a word boundary with an ellipsis', () => {
    const long = 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.';
    const value = deriveTitle(para(long))?.value ?? '';
    expect(value.endsWith('…')).toBe(true);
    expect(value.split(' ')).toHaveLength(14);
  });
  it('clips nothing that is short enough', () => expect(clipWords('a short title', 5)).toBe('a short title'));
});
