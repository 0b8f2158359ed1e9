import { describe, expect, it } from 'vitest';
import { matchDateline } from '@/lib/content/segment/header-lines';

// Yoruba writes a tone over a dotted vowel as a combining mark ("ẹ̀": ẹ + U+0300), which no precomposed letter holds:
// a word beside a date is one word with its marks, not pieces ("Àtẹ̀jáde" is no "Àtẹ" and a lower-case "jáde").
describe('a dateline whose label carries combining tone marks', () => {
  it.each([
    ['Àtẹ̀jáde 12 Ẹrẹ̀nà 2024, 10:15', { year: 2024, month: 3, day: 12 }],
    ['Ìròyìn Ẹ̀kọ́ | 12 Ẹrẹ̀nà 2024', { year: 2024, month: 3, day: 12 }],
  ])('“%s” is a dateline', (line, date) => expect(matchDateline(line.normalize('NFC'))?.date).toEqual(date));
});
