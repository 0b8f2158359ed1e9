/**
 * A share card's colours as a PNG palette. A card is flat colours and text: the ground, a rule,
 * and text in a few colours, each glyph's edge a blend of its colour into the ground. So the
 * palette is fixed in advance: the ground, the solid colours, and for each text colour a ramp of
 * blends (coverage 1/n … n/n over the ground, mixed in sRGB as a compositor mixes them). A
 * pixel's entry is then read from the coverage (alpha) of the text drawn there: no quantiser
 * looks at the image, and the same text always gets the same entries.
 */

/** An sRGB colour as `#rrggbb`. */
export type Hex = `#${string}`;

/** A text colour and how many blends of it into the ground the palette keeps (its ramp). */
export type Ink = { color: Hex; levels: number };

/** The palette: RGB triplets, entry 0 the ground; each solid's entry; each ink's coverage → entry table. */
export type CardPalette = { rgb: Uint8Array; solids: number[]; ramps: Uint8Array[] };

/** The red, green and blue of `#rrggbb`. */
export function hexRgb(hex: Hex): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)];
}

/**
 * The palette of a card drawn on `ground` with `solids` (shapes without edges) and text in `inks`.
 * Each ink's ramp maps a coverage 0–255 to the entry of the nearest of its levels (0: the ground).
 */
export function cardPalette(ground: Hex, solids: readonly Hex[], inks: readonly Ink[]): CardPalette {
  const base = hexRgb(ground);
  const rgb: number[] = [...base, ...solids.flatMap(hexRgb)];
  const ramps = inks.map(({ color, levels }) => {
    const ink = hexRgb(color);
    const first = rgb.length / 3;
    for (let level = 1; level <= levels; level++) {
      const t = level / levels;
      ink.forEach((channel, c) => rgb.push(Math.round((base[c] ?? 0) + t * (channel - (base[c] ?? 0)))));
    }
    const ramp = new Uint8Array(256);
    for (let alpha = 1; alpha < 256; alpha++) {
      const level = Math.round((alpha * levels) / 255);
      ramp[alpha] = level === 0 ? 0 : first + level - 1;
    }
    return ramp;
  });
  if (rgb.length > 256 * 3) throw new Error(`a palette holds 256 colours, not ${rgb.length / 3}`);
  return { rgb: Uint8Array.from(rgb), solids: solids.map((_, i) => i + 1), ramps };
}
