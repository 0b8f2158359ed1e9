/**
 * Legacy single-byte encodings that scrapers still produce (windows-1251, KOI8-R,
 * windows-1252, ISO-8859-x…): jschardet proposes, and a guess is only accepted when
 * the text it decodes to reads like writing — letters of one script, no control
 * characters, no case flipped or symbols inside words (the marks of KOI8-R read as
 * windows-1251, or UTF-8 read as a code page), not mostly accented letters (the mark of
 * Cyrillic read as Latin-1).
 */
import jschardet from 'jschardet';

/** A legacy encoding accepted for a file: its WHATWG name, the decoded text and why it was believed. */
export type LegacyGuess = { name: string; text: string; confidence: number; evidence: string };

/** Families of single-byte encodings the ingest accepts; multi-byte legacy guesses on a non-UTF-8 file are too easily wrong. */
const SINGLE_BYTE = /^(windows-125\d|koi8-[ru]|iso-8859-\d+|ibm866|x-mac-cyrillic)$/;

/** jschardet's own floor for a guess worth reporting; below it the bytes say too little. */
const MIN_CONFIDENCE = 0.2;

/** jschardet's names that TextDecoder spells differently. */
const ALIASES: Record<string, string> = { maccyrillic: 'x-mac-cyrillic', cp866: 'ibm866' };

/**
 * windows-1252 bytes 0x80–0x9F (the WHATWG table). Node's TextDecoder decodes
 * windows-1252 as ISO-8859-1 and turns them into C1 controls, so they are mapped here.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** The WHATWG name for a jschardet encoding name, or null when TextDecoder cannot read it. */
function whatwgName(name: string): string | null {
  const lower = name.toLowerCase().replace(/^iso8859-/, 'iso-8859-').replace(/^cp125/, 'windows-125');
  try {
    return new TextDecoder(ALIASES[lower] ?? lower).encoding;
  } catch {
    return null;
  }
}

/** Decodes bytes in a single-byte encoding, or null when a byte has no character in it. */
export function decodeSingleByte(bytes: Uint8Array, name: string): string | null {
  let text: string;
  try {
    text = new TextDecoder(name, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  if (name !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Hebrew', 'Arabic', 'Thai'] as const;

/** Why a decoded text does not read like writing, or null when it does. */
export function implausibility(text: string): string | null {
  if (/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/u.test(text)) return 'control characters';
  const letters = text.match(/\p{L}/gu) ?? [];
  const visible = text.match(/\S/gu)?.length ?? 0;
  if (letters.length < visible / 2) return 'fewer letters than other signs';
  const wide = letters.filter((c) => c > '\u007F');
  const script = SCRIPTS.find((s) => wide.filter((c) => new RegExp(`\\p{Script=${s}}`, 'u').test(c)).length >= wide.length * 0.9);
  if (wide.length > 0 && !script) return 'letters of several scripts';
  if (script === 'Latin' && wide.length > letters.length * 0.35) return 'mostly accented letters';
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  const flipped = words.filter((w) => /\p{Ll}\p{Lu}/u.test(w)).length;
  if (flipped > Math.max(1, words.length * 0.05)) return 'capitals inside words';
  // Writing joins letters with hyphens and apostrophes; dashes, daggers and the like between two letters are a misread byte.
  const glued = text.match(/\p{L}[^\p{L}\p{N}\s\-'’ʼ.,:;!?()«»"/&]\p{L}/gu)?.length ?? 0;
  if (glued > Math.max(1, words.length * 0.02)) return 'symbols inside words';
  return null;
}

/**
 * The first legacy encoding jschardet proposes whose decoding is plausible writing,
 * or the reasons every proposal was refused.
 */
export function detectLegacyEncoding(bytes: Uint8Array): { ok: true; guess: LegacyGuess } | { ok: false; refused: string[] } {
  const refused: string[] = [];
  const seen = new Set<string>();
  // detectAll ranks its guesses, most confident first.
  for (const candidate of jschardet.detectAll(bytes)) {
    const name = candidate.encoding ? whatwgName(candidate.encoding) : null;
    if (!name || !SINGLE_BYTE.test(name) || seen.has(name)) continue;
    seen.add(name);
    if (candidate.confidence < MIN_CONFIDENCE) {
      refused.push(`the best remaining guess, ${name}, has confidence ${candidate.confidence.toFixed(2)}`);
      break;
    }
    const text = decodeSingleByte(bytes, name);
    const problem = text === null ? 'a byte it does not define' : implausibility(text);
    if (problem === null && text !== null) {
      const confidence = Math.round(candidate.confidence * 100) / 100;
      return { ok: true, guess: { name, text, confidence, evidence: `jschardet ${jschardet.VERSION} guessed ${name} (${confidence}); the decoded text reads as writing` } };
    }
    refused.push(`${name}: ${problem}`);
  }
  return { ok: false, refused };
}
