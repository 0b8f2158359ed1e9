import { describe, expect, it } from 'vitest';
import { fitToFont, isCovered, parseUnicodeRange, stripEmoji } from '@/lib/og/glyphs';
import { cardFontRanges } from '@/lib/og/fonts';

describe('parseUnicodeRange', () => {
  it('reads single code points and ranges', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
    ]);
  });

  it('throws on something that is not a unicode-range entry', () => {
    expect(() => parseUnicodeRange('U+XYZ')).toThrow();
  });
});

describe('fitToFont with the bundled Noto Sans subsets', () => {
  const ranges = cardFontRanges();

  it('covers Latin, Belarusian and Ukrainian Cyrillic', () => {
    for (const char of 'Aé Ўў Іі Її Ґґ Ёё') expect(isCovered(char.codePointAt(0) ?? 0, ranges)).toBe(true);
  });

  it('keeps a Cyrillic title intact', () => {
    expect(fitToFont('Беларусь і Украіна: «Стылет»', ranges)).toBe('Беларусь і Украіна: «Стылет»');
  });

  it('drops emoji, skin tones, joiners and variation selectors', () => {
    expect(fitToFont('Tanks 🚀 roll 👩🏽‍🚀 out ❤️ now', ranges)).toBe('Tanks roll out now');
  });

  it('spells out characters that renderers draw as emoji', () => {
    expect(fitToFont('MZKT© ™ ‼', ranges)).toBe('MZKT(c) TM !!');
  });

  it('drops scripts the font lacks and leaves nothing for a title made only of them', () => {
    expect(fitToFont('北京 Beijing', ranges)).toBe('Beijing');
    expect(fitToFont('🚀🚀', ranges)).toBe('');
  });
});

describe('stripEmoji', () => {
  it('drops emoji, skin tones, flags, keycaps and the joiners inside them', () => {
    expect(stripEmoji('Tanks 🚀 roll 👩🏽‍🚀 out ❤️ 🇧🇾 1️⃣ now')).toBe('Tanks roll out 1 now');
  });
  it('keeps every script and the zero-width non-joiner Persian needs', () => {
    expect(stripEmoji('کارخانه‌ای در مینسک')).toBe('کارخانه‌ای در مینسک');
    expect(stripEmoji('明斯克工厂 · מפעל · मिन्स्क')).toBe('明斯克工厂 · מפעל · मिन्स्क');
  });
  it('spells out look-alikes and leaves nothing for emoji alone', () => {
    expect(stripEmoji('MZKT© ™')).toBe('MZKT(c) TM');
    expect(stripEmoji('🚀🔥')).toBe('');
  });
});
