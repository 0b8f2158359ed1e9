import { describe, expect, it } from 'vitest';
import { compileArchive } from '@/lib/content/archive';
import { decodeSource } from '@/lib/content/source/decode';
import { decodeSingleByte, implausibility } from '@/lib/content/source/detect-encoding';
import { encodeSingleByte, encodeUtf16 } from '../../support/legacy-bytes';

const enc = new TextEncoder();
// Texts written for these tests.
const RU = 'Министерство обороны сообщило во вторник, что новые системы противовоздушной обороны будут переданы армии до конца года.\nПрезидент подписал указ о поставках.\n';
const BE = 'Міністэрства абароны паведаміла ў аўторак, што новыя сістэмы супрацьпаветранай абароны будуць перададзены войску да канца года.\n';
const DE = 'Das Verteidigungsministerium teilte am Dienstag mit, dass die neuen Luftabwehrsysteme noch vor Jahresende an die Armee geliefert würden. Für die Größe der Lieferung gab es keine Zahlen.\n';

const decoded = (bytes: Uint8Array) => {
  const d = decodeSource(bytes, 'content/articles/x.txt');
  if (!d.ok) throw new Error(`expected text, got ${d.error.kind}: ${d.error.message}`);
  return d;
};
const rejected = (bytes: Uint8Array) => {
  const d = decodeSource(bytes, 'content/articles/x.txt');
  if (d.ok) throw new Error(`expected an error, got text in ${d.encoding.name}`);
  return d.error;
};

describe('decodeSource: UTF-8 and UTF-16', () => {
  it('reads UTF-8 without a byte-order mark as proven, not guessed', () => {
    expect(decoded(enc.encode(RU))).toMatchObject({ text: RU, encoding: { name: 'utf-8', detected: false } });
  });
  it('strips a UTF-8 byte-order mark and says it was there', () => {
    const d = decoded(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(RU)]));
    expect(d.text).toBe(RU);
    expect(d.encoding.evidence).toMatch(/byte-order mark/);
  });
  it('reads UTF-16 little-endian with a byte-order mark', () => {
    expect(decoded(encodeUtf16(BE, 'le'))).toMatchObject({ text: BE, encoding: { name: 'utf-16le', detected: false } });
  });
  it('reads UTF-16 big-endian with a byte-order mark', () => {
    expect(decoded(encodeUtf16(RU, 'be'))).toMatchObject({ text: RU, encoding: { name: 'utf-16be', detected: false } });
  });
  it('names the byte of a lone surrogate in UTF-16', () => {
    const bytes = encodeUtf16('Ab\uD800cd', 'le');
    expect(rejected(bytes)).toMatchObject({ kind: 'encoding', file: 'content/articles/x.txt', message: expect.stringContaining('byte 6') });
  });
  it('still calls NUL bytes without a UTF-16 mark binary', () => {
    expect(rejected(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]))).toMatchObject({ kind: 'binary', line: 1 });
  });
  it('calls UTF-16 text holding NUL characters binary', () => {
    expect(rejected(encodeUtf16('Line one\nbinary \u0000 data', 'le'))).toMatchObject({ kind: 'binary', line: 2 });
  });
});

describe('decodeSource: legacy encodings', () => {
  it('detects windows-1251 Russian and records that it was a guess', () => {
    const d = decoded(encodeSingleByte(RU, 'windows-1251'));
    expect(d.text).toBe(RU);
    expect(d.encoding).toMatchObject({ name: 'windows-1251', detected: true, evidence: expect.stringMatching(/jschardet/) });
  });
  it('detects windows-1251 Belarusian', () => {
    expect(decoded(encodeSingleByte(BE + RU, 'windows-1251'))).toMatchObject({ text: BE + RU, encoding: { name: 'windows-1251' } });
  });
  it('detects KOI8-R', () => {
    expect(decoded(encodeSingleByte(RU + RU, 'koi8-r'))).toMatchObject({ text: RU + RU, encoding: { name: 'koi8-r', detected: true } });
  });
  it('detects windows-1252 German', () => {
    expect(decoded(encodeSingleByte(DE, 'windows-1252'))).toMatchObject({ text: DE, encoding: { name: 'windows-1252', detected: true } });
  });
  it('reads windows-1252 curly quotes and the euro sign from bytes 0x80–0x9F', () => {
    // „ = 0x84, “ = 0x93, € = 0x80 in the windows-1252 code page.
    const bytes = new Uint8Array([...encodeSingleByte(DE, 'windows-1252'), 0x84, ...encodeSingleByte('Gut', 'windows-1252'), 0x93, 0x20, 0x80]);
    expect(decoded(bytes).text).toBe(`${DE}„Gut“ €`);
    expect(decodeSingleByte(new Uint8Array([0x92]), 'windows-1252')).toBe('’');
  });
  it('rejects a file mixing UTF-8 and windows-1251 with the line and byte where UTF-8 breaks', () => {
    const head = enc.encode(`${RU}\n`);
    const error = rejected(new Uint8Array([...head, ...encodeSingleByte(RU, 'windows-1251')]));
    expect(error).toMatchObject({ kind: 'encoding', file: 'content/articles/x.txt', line: 4 });
    expect(error.message).toContain(`byte ${head.length}`);
  });
  it('rejects a stray non-UTF-8 byte in English text rather than guess from one byte', () => {
    const bytes = new Uint8Array([...enc.encode('Headline\n\nText '), 0xc3, 0x28, ...enc.encode(' more\n')]);
    expect(rejected(bytes)).toMatchObject({ kind: 'encoding', line: 3, message: expect.stringContaining('byte 15') });
  });
});

describe('implausibility', () => {
  it('accepts ordinary writing', () => {
    expect(implausibility(RU)).toBeNull();
    expect(implausibility(DE)).toBeNull();
  });
  it('refuses KOI8-R read as windows-1251 (case flipped inside words)', () => {
    expect(implausibility(new TextDecoder('windows-1251').decode(encodeSingleByte(RU, 'koi8-r')))).toBe('capitals inside words');
  });
  it('refuses Cyrillic read as Latin-1 (mostly accented letters)', () => {
    expect(implausibility(new TextDecoder('windows-1252').decode(encodeSingleByte(RU, 'windows-1251')))).toBe('mostly accented letters');
  });
  it('refuses control characters', () => {
    expect(implausibility('Text \u0085 more text here')).toBe('control characters');
  });
});

describe('an article in a legacy encoding', () => {
  it('is published with its encoding and language recorded', () => {
    const source = `Армия получит новые системы\n\n${RU}\nПоставки начнутся весной, сообщили в ведомстве, и продлятся до осени следующего года.\n`;
    const archive = compileArchive([{ path: 'content/articles/legacy.txt', bytes: encodeSingleByte(source, 'windows-1251') }]);
    expect(archive.rejected).toEqual([]);
    expect(archive.articles[0]?.title.value).toBe('Армия получит новые системы');
    expect(archive.articles[0]?.encoding).toMatchObject({ name: 'windows-1251', detected: true });
    expect(archive.articles[0]?.language).toMatchObject({ value: 'ru', source: 'detected' });
  });
});
