import { describe, expect, it } from 'vitest';
import { cardPalette, hexRgb } from '@/lib/og/palette';

/** The RGB of palette entry `i`. */
const entry = (rgb: Uint8Array, i: number) => [...rgb.slice(i * 3, i * 3 + 3)];

describe('cardPalette', () => {
  const palette = cardPalette('#102030', ['#ff0000'], [
    { color: '#ffffff', levels: 4 },
    { color: '#00ff00', levels: 2 },
  ]);

  it('puts the ground first and each solid after it', () => {
    expect(entry(palette.rgb, 0)).toEqual([0x10, 0x20, 0x30]);
    expect(palette.solids).toEqual([1]);
    expect(entry(palette.rgb, 1)).toEqual([0xff, 0, 0]);
  });

  it('keeps one entry per level of each ink: the ground plus a quarter, a half, three quarters and all of white', () => {
    expect(palette.rgb.length).toBe((2 + 4 + 2) * 3);
    // Red 0x10 + (255 − 0x10) × 1/4 = 75.75, green 0x20 + 223/4 = 87.75, blue 0x30 + 207/4 = 99.75: worked by hand.
    expect(entry(palette.rgb, 2)).toEqual([76, 88, 100]);
    expect(entry(palette.rgb, 3)).toEqual([136, 144, 152]);
    expect(entry(palette.rgb, 5)).toEqual([255, 255, 255]);
    expect(entry(palette.rgb, 6)).toEqual([8, 144, 24]);
    expect(entry(palette.rgb, 7)).toEqual([0, 255, 0]);
  });

  it('reads no coverage as the ground, full coverage as the ink, and a partial one as the nearest level', () => {
    const [white, green] = palette.ramps;
    expect(white?.[0]).toBe(0);
    expect(white?.[255]).toBe(5);
    expect(white?.[20]).toBe(0); // 20/255 is nearer 0 than a quarter
    expect(white?.[64]).toBe(2); // about a quarter
    expect(white?.[128]).toBe(3); // about a half
    expect(green?.[100]).toBe(6); // 100/255 is nearer a half than 0 or 1
    expect(green?.[255]).toBe(7);
  });

  it('refuses more colours than a PNG palette holds', () => {
    expect(() => cardPalette('#000000', [], [{ color: '#ffffff', levels: 256 }])).toThrow(/256 colours/);
  });

  it('reads #rrggbb and refuses anything else', () => {
    expect(hexRgb('#0f172a')).toEqual([15, 23, 42]);
    expect(() => hexRgb('#fff')).toThrow(/#rrggbb/);
  });
});
