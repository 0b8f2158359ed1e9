import { describe, expect, it } from 'vitest';
import { decodeSource } from '@/lib/content/source/decode';
import { normaliseText } from '@/lib/content/source/normalise';

describe('normaliseText', () => {
  it('turns CRLF and CR into LF without changing the line count', () => expect(normaliseText('a\r\nb\rc\n')).toBe('a\nb\nc\n'));
  it('turns no-break and other odd spaces into plain spaces and trims lines', () => expect(normaliseText('\u00a0a\u2009b\u202fc  ')).toBe('a b c'));
  it('removes zero-width and bidi-override characters', () => expect(normaliseText('ev\u200bil\u202egnp.exe')).toBe('evilgnp.exe'));
  it('removes the bidi marks CLDR writes inside an Arabic numeric date (left-to-right, right-to-left, Arabic letter mark)', () =>
    expect(normaliseText('04\u200f/01\u200f/2019 \u200eA\u061cB')).toBe('04/01/2019 AB'));
  it('keeps the zero-width non-joiner and joiner that Persian and Indic spelling need', () => {
    expect(normaliseText('می\u200cگویند')).toBe('می\u200cگویند');
    expect(normaliseText('क्\u200dष')).toBe('क्\u200dष');
  });
});

describe('decodeSource', () => {
  it('strips a byte-order mark', () => {
    const d = decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'f.txt');
    expect(d).toMatchObject({ ok: true, text: 'A', encoding: { name: 'utf-8' } });
  });
  it('accepts Cyrillic UTF-8', () => expect(decodeSource(new TextEncoder().encode('Фото'), 'f.txt')).toMatchObject({ ok: true, text: 'Фото' }));
  it('rejects an overlong encoding', () => expect(decodeSource(new Uint8Array([0xc0, 0xaf]), 'f.txt').ok).toBe(false));
});
