/**
 * Bytes to text. UTF-8 first (with or without a byte-order mark), then UTF-16 when a
 * byte-order mark says so, then the legacy single-byte encodings jschardet can
 * recognise (see detect-encoding). Anything else is a typed error naming the file,
 * the line and the byte; NUL bytes without a UTF-16 mark are binary data.
 */
import { detectLegacyEncoding } from './detect-encoding';
import { contentError } from '../errors';
import type { ContentError, EncodingFact } from '../schema';

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

/** Offset of the first byte of a broken UTF-16 code unit (odd tail or lone surrogate) after a 2-byte BOM, or -1. */
function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  if (bytes.length % 2 === 1) return bytes.length - 1;
  const unit = (i: number) => (littleEndian ? (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) : ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  for (let i = 2; i < bytes.length; i += 2) {
    const u = unit(i);
    if (u >= 0xdc00 && u <= 0xdfff) return i;
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 2 < bytes.length ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    }
  }
  return -1;
}

type Text = { text: string; encoding: EncodingFact } | { error: ContentError };

function fromUtf16(bytes: Uint8Array, file: string, littleEndian: boolean): Text {
  const name = littleEndian ? 'utf-16le' : 'utf-16be';
  const bad = firstInvalidUtf16(bytes, littleEndian);
  if (bad >= 0) return { error: contentError('encoding', file, null, `invalid ${name.toUpperCase()} at byte ${bad} (the byte-order mark says ${name.toUpperCase()})`) };
  const text = new TextDecoder(name).decode(bytes);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { error: contentError('binary', file, text.slice(0, nul).split('\n').length, 'file contains NUL characters: binary data, not a text scrape') };
  return { text, encoding: { name, detected: false, evidence: `${name.toUpperCase()} byte-order mark` } };
}

/** The file's text in whichever supported encoding its bytes are in (see the module comment). */
function decodeBytes(bytes: Uint8Array, file: string): Text {
  const [b0, b1] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return fromUtf16(bytes, file, true);
  if (b0 === 0xfe && b1 === 0xff) return fromUtf16(bytes, file, false);
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { error: contentError('binary', file, lineOfOffset(bytes, nul), 'file contains NUL bytes: binary data, not a text scrape') };
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) {
    const bom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: bom ? { ...UTF8_VALID, evidence: 'valid UTF-8 with a byte-order mark' } : UTF8_VALID };
  }
  const legacy = detectLegacyEncoding(bytes);
  if (legacy.ok) return { text: legacy.guess.text, encoding: { name: legacy.guess.name, detected: true, evidence: legacy.guess.evidence } };
  const hex = (bytes[bad] ?? 0).toString(16).padStart(2, '0');
  const tried = legacy.refused.length ? `; legacy guesses refused (${legacy.refused.join('; ')})` : '; no legacy encoding fits';
  return { error: contentError('encoding', file, lineOfOffset(bytes, bad), `cannot tell the encoding: invalid UTF-8 at byte ${bad} (0x${hex})${tried}. Save the file as UTF-8`) };
}

/**
 * Turns a source file's bytes into text, or into a typed error naming the file and line:
 * too large, binary, in an encoding that cannot be told, or empty. The text never starts
 * with a byte-order mark; `encoding` records what the bytes were decoded from.
 */
export function decodeSource(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length > MAX_SOURCE_BYTES) {
    return { ok: false, error: contentError('size', file, null, `file is ${bytes.length} bytes; the limit is ${MAX_SOURCE_BYTES}`) };
  }
  const decoded = decodeBytes(bytes, file);
  if ('error' in decoded) return { ok: false, error: decoded.error };
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    return { ok: false, error: contentError('empty', file, null, bytes.length === 0 ? 'file is empty' : 'file holds only white space') };
  }
  return { ok: true, text, encoding: decoded.encoding };
}
