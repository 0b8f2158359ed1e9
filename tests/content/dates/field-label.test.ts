import { describe, expect, it } from 'vitest';
import { withoutFieldLabel } from '@/lib/content/dates/field-label';
import { matchDateline } from '@/lib/content/segment/header-lines';

describe('a date field with a label of several words', () => {
  it.each([
    ['Ọjọ́ tí a tẹ̀ ẹ́ jáde: 12 Ẹrẹ̀nà 2024', { year: 2024, month: 3, day: 12 }],
    ['Data e publikimit të artikullit: 12.03.2024', { year: 2024, month: 3, day: 12 }],
    ['Oras ng paglalathala ng balita: 05/12/2026', { year: 2026, month: 12, day: 5 }],
  ])('“%s” is a dateline', (line, date) => expect(matchDateline(line)?.date).toEqual(date));
  it('a sentence that ends in a colon before its date is none', () =>
    expect(matchDateline('The committee met again on the following date, which was: 12 March 2024')).toBeNull());
});

describe('withoutFieldLabel', () => {
  it('drops a label of up to six words before a colon', () => expect(withoutFieldLabel('Ọjọ́ tí a tẹ̀ ẹ́ jáde:')).toBe(''));
  it.each(['a b c d e f g:', 'Published 2:', 'Published: by', 'Uhr. Heute:'])('keeps “%s” (too long, a figure, no colon last, a sentence end)', (t) =>
    expect(withoutFieldLabel(t)).toBe(t),
  );
});
