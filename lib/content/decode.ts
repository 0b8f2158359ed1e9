import { contentError } from './errors';
import type { ContentError, EncodingFact } from './schema';

/** Largest source file the ingest accepts, in bytes. A scrape larger than this is almost surely not one article. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

export type Decoded = { ok: true; text: string; encoding: EncodingFact } | { ok: false; error: ContentError };

/** Bytes that are valid UTF-8 are UTF-8: the encoding is proven, not guessed. */
export const UTF8_VALID: EncodingFact = { name: 'utf-8', detected: false, evidence: 'valid UTF-8' };

/** 1-based line number of a byte offset, counting LF bytes before it. */
function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Turns a source file's bytes into text, or into a typed error naming the file and line:
 * too large, binary (NUL bytes), not UTF-8, or empty. Strips a UTF-8 byte-order mark.
 */
export function decodeSource(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length > MAX_SOURCE_BYTES) {
    return { ok: false, error: contentError('size', file, null, `file is ${bytes.length} bytes; the limit is ${MAX_SOURCE_BYTES}`) };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, error: contentError('binary', file, lineOfOffset(bytes, nul), 'file contains NUL bytes: binary data, not a text scrape') };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    return { ok: false, error: contentError('encoding', file, lineOfOffset(bytes, bad), `invalid UTF-8 at byte ${bad}; save the file as UTF-8`) };
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    return { ok: false, error: contentError('empty', file, null, bytes.length === 0 ? 'file is empty' : 'file holds only white space') };
  }
  return { ok: true, text, encoding: UTF8_VALID };
}
