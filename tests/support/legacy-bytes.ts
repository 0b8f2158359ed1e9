/**
 * Encodes text in a single-byte legacy encoding (windows-1251, koi8-r, windows-1252…)
 * for encoding tests. TextEncoder only writes UTF-8, so the table is made by decoding
 * every byte value with TextDecoder and inverting it: the bytes are exactly what the
 * platform's decoder reads back, with no hand-typed code page.
 */
export function encodeSingleByte(text: string, label: string): Uint8Array {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(new Uint8Array([b]));
    if (ch !== '\uFFFD' && !table.has(ch)) table.set(ch, b);
  }
  return Uint8Array.from([...text], (ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`${label} cannot encode ${JSON.stringify(ch)}`);
    return b;
  });
}

/** UTF-16 bytes with a byte-order mark, little- or big-endian. */
export function encodeUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, endian === 'le');
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), endian === 'le');
  return out;
}
