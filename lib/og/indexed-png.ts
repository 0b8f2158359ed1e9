/**
 * A palette image to PNG bytes (https://www.w3.org/TR/png-3/): signature, IHDR, PLTE, one IDAT,
 * IEND. The pixels are palette indices already (lib/og/palette.ts), so encoding is packing them at
 * the smallest bit depth the palette allows, a filter byte of 0 ("None") before each row (flat
 * rows of a palette image compress best unfiltered) and Node's zlib; the deflate runs on libuv's
 * threads. Same pixels, same bytes.
 */
import { crc32, deflate } from 'node:zlib';
import { promisify } from 'node:util';

const deflateAsync = promisify(deflate);
const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** PNG colour type 3: each pixel an index into PLTE. */
const INDEXED = 3;

/** An image of palette indices, one byte a pixel, rows one after another. */
export type IndexedImage = { width: number; height: number; indices: Uint8Array; palette: Uint8Array };

/** One chunk: length, type, data, and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** The fewest bits a pixel needs for `colours` entries: 1, 2, 4 or 8. */
export function bitDepthFor(colours: number): 1 | 2 | 4 | 8 {
  if (colours <= 2) return 1;
  if (colours <= 4) return 2;
  if (colours <= 16) return 4;
  return 8;
}

/** The rows packed at `depth` bits a pixel (first pixel in the high bits), each after its filter byte 0. */
export function packRows({ width, height, indices }: IndexedImage, depth: 1 | 2 | 4 | 8): Uint8Array {
  const perByte = 8 / depth;
  const rowBytes = Math.ceil(width / perByte);
  const out = new Uint8Array((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (rowBytes + 1) + 1;
    const from = y * width;
    if (depth === 8) {
      out.set(indices.subarray(from, from + width), row);
      continue;
    }
    if (depth === 4) {
      // The card's case, written out: two pixels a byte.
      for (let byte = 0, x = from; byte < rowBytes; byte++, x += 2) out[row + byte] = ((indices[x] ?? 0) << 4) | (byte * 2 + 1 < width ? (indices[x + 1] ?? 0) : 0);
      continue;
    }
    for (let byte = 0; byte < rowBytes; byte++) {
      let packed = 0;
      for (let i = 0, x = byte * perByte; i < perByte; i++, x++) packed = (packed << depth) | (x < width ? (indices[from + x] ?? 0) : 0);
      out[row + byte] = packed;
    }
  }
  return out;
}

/** The PNG of an indexed image, its data deflated at zlib `level`. */
export async function encodeIndexedPng(image: IndexedImage, level = 6): Promise<Buffer> {
  const colours = image.palette.length / 3;
  if (!Number.isInteger(colours) || colours < 1 || colours > 256) throw new Error(`a PNG palette has 1–256 RGB entries, not ${image.palette.length} bytes`);
  if (image.indices.length !== image.width * image.height) throw new Error(`${image.indices.length} indices for a ${image.width}×${image.height} image`);
  const depth = bitDepthFor(colours);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header.set([depth, INDEXED, 0, 0, 0], 8); // bit depth, colour type, deflate, filter method 0, no interlace
  const data = await deflateAsync(packRows(image, depth), { level });
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', image.palette), chunk('IDAT', data), chunk('IEND', new Uint8Array(0))]);
}
