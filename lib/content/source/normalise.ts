/** A source line after normalisation, with its 1-based number in the original file. */
export type SourceLine = { n: number; text: string };

// Spaces that scrapes carry in from HTML: no-break, thin, figure, ideographic and the rest of Zs, plus tabs.
const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Invisible characters that only hide or reorder text: zero-width space, word joiner, BOM, bidi
// marks (left-to-right, right-to-left, Arabic letter mark: CLDR writes "04‏/01‏/2019" with them),
// embeddings/overrides/isolates, soft hyphen. The zero-width non-joiner and joiner (U+200C, U+200D)
// stay: they are spelling in Persian, Hindi and other scripts ("می‌گویند" is not "میگویند").
const INVISIBLE = /[\u200b\u200e\u200f\u061c\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069]/g;
// Other control characters (C0 except LF, and C1).
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/**
 * Normalises decoded text without changing its line count: CRLF and CR become LF,
 * odd spaces become plain spaces, invisible and control characters go, runs of
 * spaces fold to one and each line is trimmed.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(ODD_SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
}

/** Splits normalised text into numbered lines. */
export function toLines(text: string): SourceLine[] {
  return text.split('\n').map((line, i) => ({ n: i + 1, text: line }));
}
