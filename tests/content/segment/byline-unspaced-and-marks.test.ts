import { describe, expect, it } from 'vitest';
import { matchBareName, matchByline } from '@/lib/content/segment/byline';
import { isPersonName, nameStopwords } from '@/lib/content/extract/name-shape';

describe('a one-word name of a script without spaces, with its job title', () => {
  it.each([
    ['김민준 기자', '김민준'],
    ['김민준 기자 minjun@news.example', '김민준'],
    ['[서울=통신] 김민준 기자 =', '김민준'],
    ['이서연 특파원', '이서연'],
    ['山田太郎 記者', '山田太郎'],
  ])('reads “%s” as a byline of %s', (line, author) => expect(matchByline(line)).toEqual({ author, outlet: null }));
  it.each(['정치 일반', '김민준 발표', '오늘의 날씨 기자'])('reads no byline in “%s” (no job title after one name-length word)', (line) => expect(matchByline(line)).toBeNull());
  it('takes a Korean name of two to four syllables as a person', () => {
    expect(isPersonName('이서연', { stopwords: nameStopwords('ko') })).toBe(true);
    expect(isPersonName('서울특별시청사', { stopwords: nameStopwords('ko') })).toBe(false);
  });
});

describe('names whose letters carry combining marks', () => {
  it('reads a Yoruba name with its tones as marks after the letters', () => {
    const name = 'Adébáyọ̀ Ọlálékan'.normalize('NFD');
    expect(matchBareName(name)).toEqual({ author: name, outlet: null });
  });
  it('still reads no lower-case run as a name', () => expect(matchBareName('àwọn ọmọ'.normalize('NFD'))).toBeNull());
});
