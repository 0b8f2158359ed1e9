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

describe('a label without a colon, on a line that gives the time of day', () => {
  it.each([
    ['Mis à jour le 07/12/2026 à 09h10', { year: 2026, month: 12, day: 7 }],
    ['Ultimo aggiornamento il 7 dicembre 2026 alle ore 09:10', { year: 2026, month: 12, day: 7 }],
    ['Cập nhật lúc 18:24 ngày 06/12/2026', { year: 2026, month: 12, day: 6 }],
    ['Chủ nhật, 6/12/2026, 18:24 (GMT+7)', { year: 2026, month: 12, day: 6 }],
  ])('“%s” is a dateline', (line, date) => expect(matchDateline(line)?.date).toEqual(date));
  it.each(['The mayor said on 12 March 2024', 'Il sindaco ha detto il 12 marzo 2024', 'the results were announced on 12 March 2024'])(
    '“%s” gives no time of day, so its words stay a sentence',
    (line) => expect(matchDateline(line)).toBeNull(),
  );
  it('a run of five words or one with a figure is no bare label', () => {
    expect(withoutFieldLabel('the results were announced on', 'the results were announced on 12 March 2024 at 18:24')).not.toBe('');
    expect(withoutFieldLabel('updated 3 times', 'updated 3 times 12 March 2024 18:24')).not.toBe('');
  });
  it('capitalised words beside a date (a name) are no label', () => expect(withoutFieldLabel('Jane Doe', 'Jane Doe 12 March 2024 18:24')).toBe('Jane Doe'));
  it.each(['Jana Nováková aktualizováno', 'Anna Schmidt aktualisiert', 'por Ana Souza atualizado'])('a name among lower-case words (“%s”) is no label', (before) =>
    expect(withoutFieldLabel(before, `${before} 06.12.2026 18:24`)).toBe(before),
  );
  it('lower-case words are a label only with a time on the line', () => {
    expect(withoutFieldLabel('mis à jour le', 'mis à jour le 07/12/2026 à 09h10')).toBe('');
    expect(withoutFieldLabel('mis à jour le', 'mis à jour le 07/12/2026')).toBe('mis à jour le');
  });
});
