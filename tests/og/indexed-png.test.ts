import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { bitDepthFor, encodeIndexedPng, packRows } from '@/lib/og/indexed-png';

/** A palette of `n` entries, each a different grey, and an image that uses every entry in a pattern. */
function sample(n: number, width: number, height: number) {
  const palette = new Uint8Array(n * 3);
  for (let i = 0; i < n; i++) palette.set([i * 7, 255 - i * 5, (i * 37) % 256], i * 3);
  const indices = new Uint8Array(width * height);
  for (let i = 0; i < indices.length; i++) indices[i] = (i * 5 + Math.floor(i / width)) % n;
  return { width, height, indices, palette };
}

describe('encodeIndexedPng', () => {
  for (const n of [2, 4, 16, 200]) {
    it(`writes ${n} colours that another decoder reads back pixel for pixel`, async () => {
      const image = sample(n, 13, 7); // an odd width: the last byte of each row is part-filled
      const png = await encodeIndexedPng(image);
      expect(png[24]).toBe(bitDepthFor(n));
      expect(png[25]).toBe(3);
      const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height, info.channels]).toEqual([13, 7, 3]);
      for (let i = 0; i < image.indices.length; i++) {
        const e = image.indices[i] ?? 0;
        expect([...data.subarray(i * 3, i * 3 + 3)]).toEqual([...image.palette.subarray(e * 3, e * 3 + 3)]);
      }
    });
  }

  it('gives the same bytes for the same pixels', async () => {
    const a = await encodeIndexedPng(sample(16, 300, 40));
    const b = await encodeIndexedPng(sample(16, 300, 40));
    expect(Buffer.compare(a, b)).toBe(0);
  });

  it('refuses indices that do not fill the image, and a palette that is not RGB triplets', async () => {
    await expect(encodeIndexedPng({ ...sample(4, 4, 4), width: 5 })).rejects.toThrow(/indices/);
    await expect(encodeIndexedPng({ ...sample(4, 4, 4), palette: new Uint8Array(4) })).rejects.toThrow(/palette/);
  });
});

describe('packRows', () => {
  it('packs two pixels a byte at depth 4, the first in the high bits, after each row filter byte 0', () => {
    const rows = packRows({ width: 3, height: 2, indices: Uint8Array.of(1, 2, 3, 15, 0, 9), palette: new Uint8Array(48) }, 4);
    expect([...rows]).toEqual([0, 0x12, 0x30, 0, 0xf0, 0x90]);
  });

  it('packs eight pixels a byte at depth 1', () => {
    const rows = packRows({ width: 9, height: 1, indices: Uint8Array.of(1, 0, 1, 1, 0, 0, 0, 1, 1), palette: new Uint8Array(6) }, 1);
    expect([...rows]).toEqual([0, 0b10110001, 0b10000000]);
  });
});
