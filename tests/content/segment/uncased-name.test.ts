import { describe, expect, it } from 'vitest';
import { matchUncasedLabelledName, matchUncasedNameBesideDate } from '@/lib/content/segment/uncased-name';

const labelled = (t: string) => matchUncasedLabelledName(t)?.author ?? null;

describe('a field label and a name in a script without case', () => {
  it('reads the name after a label no table lists, in Arabic script, Devanagari and Ethiopic', () => {
    expect(labelled('نگارنده: علی رضایی')).toBe('علی رضایی');
    expect(labelled('संवाददाता: राम कुमार')).toBe('राम कुमार');
    expect(labelled('ዘጋቢ: አበበ ከበደ')).toBe('አበበ ከበደ');
  });

  it('keeps the zero-width non-joiner Persian writes inside a word of the name', () => {
    expect(labelled('نویسنده: محمد\u200cعلی رضایی')).toBe('محمد\u200cعلی رضایی');
  });

  it('takes no photographer or source for the writer', () => {
    expect(labelled('تصوير: أحمد علي')).toBeNull();
    expect(labelled('المصدر: وكالة الأنباء')).toBeNull();
  });

  it('takes no value of one word or of four, no list, and no label of two words', () => {
    expect(labelled('نویسنده: رضایی')).toBeNull();
    expect(labelled('نویسنده: علی رضا محمد رضایی')).toBeNull();
    expect(labelled('وسوم: غزة، القدس')).toBeNull();
    expect(labelled('آخر تحديث: محمد علي')).toBeNull();
  });

  it('reads no name in a cased script (capitals decide there) nor in one written without spaces', () => {
    expect(labelled('Category: Local News')).toBeNull();
    expect(labelled('撰文：王 小明')).toBeNull();
    expect(labelled('ผู้เขียน: สมชาย ใจดี')).toBeNull();
  });
});

describe('a bare name in a script without case', () => {
  it('reads two or three words as a name, as left beside a date', () => {
    expect(matchUncasedNameBesideDate('דנה כהן |')?.author).toBe('דנה כהן');
  });
});
