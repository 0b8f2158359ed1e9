/**
 * WOFF 1.0 → TrueType/OpenType. The share cards' text is set by Pango (through sharp), whose
 * bundled FreeType reads sfnt files but not WOFF, while @fontsource ships WOFF and WOFF2 only.
 * WOFF 1.0 is the sfnt's tables, each zlib-compressed when that made it smaller
 * (https://www.w3.org/TR/WOFF/), so unpacking is a table directory and an inflate per table.
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_ENTRY = 16;
const pad4 = (n: number) => (n + 3) & ~3;

/** The sfnt bytes inside a WOFF 1.0 file; throws on anything else (WOFF2 included). */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const buf = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (buf.length < WOFF_HEADER || buf.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 font');
  const flavor = buf.readUInt32BE(4);
  const numTables = buf.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    return { tag: buf.readUInt32BE(at), offset: buf.readUInt32BE(at + 4), compLength: buf.readUInt32BE(at + 8), origLength: buf.readUInt32BE(at + 12), checksum: buf.readUInt32BE(at + 16) };
  });
  const headerSize = 12 + SFNT_ENTRY * numTables;
  const out = Buffer.alloc(headerSize + tables.reduce((sum, t) => sum + pad4(t.origLength), 0));
  // The sfnt header's binary-search fields (OpenType spec, "Table Directory").
  const log2 = Math.floor(Math.log2(Math.max(numTables, 1)));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(2 ** log2 * 16, 6);
  out.writeUInt16BE(log2, 8);
  out.writeUInt16BE(numTables * 16 - 2 ** log2 * 16, 10);
  let offset = headerSize;
  tables.forEach((table, i) => {
    const stored = buf.subarray(table.offset, table.offset + table.compLength);
    const data = table.compLength < table.origLength ? inflateSync(stored) : stored;
    if (data.length !== table.origLength) throw new Error(`WOFF table ${i} unpacks to ${data.length} bytes, expected ${table.origLength}`);
    const entry = 12 + SFNT_ENTRY * i;
    out.writeUInt32BE(table.tag, entry);
    out.writeUInt32BE(table.checksum, entry + 4);
    out.writeUInt32BE(offset, entry + 8);
    out.writeUInt32BE(table.origLength, entry + 12);
    data.copy(out, offset);
    offset += pad4(table.origLength);
  });
  return out;
}
