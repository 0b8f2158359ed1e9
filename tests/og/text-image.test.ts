import { describe, expect, it } from 'vitest';
import { markWordBreaks } from '@/lib/og/text-image';

const ZWSP = '\u200B';
const WJ = '\u2060';

describe('markWordBreaks', () => {
  it('leaves text in spaced scripts alone', () => {
    expect(markWordBreaks('Minsk plant ships trucks', 'en')).toBe('Minsk plant ships trucks');
    expect(markWordBreaks('מפעל במינסק', 'he')).toBe('מפעל במינסק');
  });
  it('puts a break opportunity between Thai words and nowhere inside one', () => {
    const marked = markWordBreaks('โรงงานในมินสค์', 'th');
    expect(marked.replaceAll(ZWSP, '')).toBe('โรงงานในมินสค์');
    expect(marked.split(ZWSP).length).toBeGreaterThanOrEqual(3);
    // Every piece is a whole word: "โรงงาน" (factory) is never cut.
    expect(marked.split(ZWSP)).toContain('โรงงาน');
  });
  it('joins the characters of a Japanese word so a line never breaks inside it', () => {
    const marked = markWordBreaks('新型トラックを納入', 'ja');
    expect(marked.replaceAll(WJ, '')).toBe('新型トラックを納入');
    expect(marked).toContain(['ト', 'ラ', 'ッ', 'ク'].join(WJ));
  });
});
