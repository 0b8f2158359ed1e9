/**
 * Cyrillic → Latin for matching, so "Полонез" finds the alias "Polonez" and
 * "Лукашэнка" finds "Lukashenka". any-ascii spells letter by letter in the
 * usual English-language convention (BGN/PCGN-like: ж → zh, х → kh, ш → sh),
 * which is how the gazetteer writes these names.
 */
import anyAscii from 'any-ascii';

const cyrillic = /[\u0400-\u04FF]/u;

/** True when `word` contains a Cyrillic letter. */
export function isCyrillic(word: string): boolean {
  return cyrillic.test(word);
}

/**
 * The Latin spelling of a Cyrillic word, letters and digits only: any-ascii
 * writes the soft sign as an apostrophe ("Belarus'"), which no alias has.
 */
export function toLatin(word: string): string {
  return anyAscii(word).replace(/[^A-Za-z0-9]/g, '');
}
