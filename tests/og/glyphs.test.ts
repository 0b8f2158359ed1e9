import { describe, expect, it } from 'vitest';
import { fitToFont, isCovered, parseUnicodeRange } from '@/lib/og/glyphs';
import { cardFontRanges, cardFontSubsets } from '@/lib/og/fonts';

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

describe('cardFontSubsets', () => {
  it('puts a Cyrillic story language’s subsets first', () => {
    expect(cardFontSubsets('be', 'Беларусь')).toEqual(['cyrillic', 'cyrillic-ext', 'latin', 'latin-ext']);
  });
  it('gives an English card Latin only, unless its text holds another script', () => {
    expect(cardFontSubsets('en', 'Minsk tests radars')).toEqual(['latin', 'latin-ext']);
    expect(cardFontSubsets('en', 'Minsk · Наша Ніва')).toEqual(['latin', 'latin-ext', 'cyrillic']);
  });
  it('loads Greek for a Greek story, so its title is not stripped', () => {
    const subsets = cardFontSubsets('el', 'Υπουργείο Άμυνας');
    expect(subsets.slice(0, 2)).toEqual(['greek', 'greek-ext']);
    expect(fitToFont('Υπουργείο Άμυνας', cardFontRanges(subsets))).toBe('Υπουργείο Άμυνας');
  });
  it('keeps the archive default for an undetermined language', () => {
    expect(cardFontSubsets('und', 'x')).toEqual(['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext']);
  });
});
