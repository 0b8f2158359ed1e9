import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from '@/lib/og/woff';

const font = (file: string) => readFileSync(path.join(process.cwd(), 'node_modules', '@fontsource', file));

/** The OpenType table checksum: the sum of the table's big-endian 32-bit words, zero-padded. */
function checksum(bytes: Buffer): number {
  const padded = Buffer.concat([bytes, Buffer.alloc((4 - (bytes.length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

describe('woffToSfnt', () => {
  it('unpacks every table of a WOFF font to its recorded length and checksum', () => {
    const sfnt = woffToSfnt(font('noto-sans-hebrew/files/noto-sans-hebrew-hebrew-700-normal.woff'));
    const tables = sfnt.readUInt16BE(4);
    expect(tables).toBeGreaterThan(5);
    const tags: string[] = [];
    for (let i = 0; i < tables; i++) {
      const at = 12 + 16 * i;
      const tag = sfnt.subarray(at, at + 4).toString('latin1');
      tags.push(tag);
      const offset = sfnt.readUInt32BE(at + 8);
      const data = Buffer.from(sfnt.subarray(offset, offset + sfnt.readUInt32BE(at + 12)));
      // The head table's checksum is recorded with its checkSumAdjustment field zeroed.
      if (tag === 'head') data.writeUInt32BE(0, 8);
      expect(checksum(data), tag).toBe(sfnt.readUInt32BE(at + 4));
    }
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hhea', 'hmtx', 'name']));
  });

  it('refuses WOFF2 and anything else', () => {
    expect(() => woffToSfnt(font('noto-sans-hebrew/files/noto-sans-hebrew-hebrew-700-normal.woff2'))).toThrow(/WOFF 1\.0/);
    expect(() => woffToSfnt(new Uint8Array(10))).toThrow();
  });
});
