import { describe, expect, it } from 'vitest';
import { dirAttribute, storyTextProps, textDirection } from '@/lib/text-direction';

describe('textDirection', () => {
  it('knows the right-to-left languages from the locale data, regions and scripts included', () => {
    for (const lang of ['ar', 'fa', 'he', 'ur', 'yi', 'ps', 'ar-EG', 'fa-IR']) expect(textDirection(lang), lang).toBe('rtl');
  });
  it('reads everything else left to right, undetermined and unreadable tags included', () => {
    for (const lang of ['en', 'be', 'ru', 'hi', 'hy', 'ka', 'th', 'ko', 'zh', 'ja', 'und', 'not a tag']) expect(textDirection(lang), lang).toBe('ltr');
  });
  it('puts dir only on right-to-left text, lang always', () => {
    expect(dirAttribute('he')).toBe('rtl');
    expect(dirAttribute('ka')).toBeUndefined();
    expect(storyTextProps('ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(storyTextProps('zh')).toEqual({ lang: 'zh' });
  });
});
