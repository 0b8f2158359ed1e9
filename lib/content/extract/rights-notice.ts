/**
 * The copyright mark and the rights notice of a site's © line ("©", "(c)", "All rights reserved", "Tüm hakları
 * saklıdır"): where they stand, and a text without them. outlet-copyright.ts reads the name beside them. Split from
 * outlet-copyright.ts.
 */
import { RIGHTS_RESERVED, phraseAlternation } from '../segment/furniture-words';
import { nameTokens as words } from './name-shape';

/**
 * A copyright mark anywhere in a line: "©", its circled-letter look-alikes ("ⓒ", "Ⓒ": Korean and Japanese footers
 * print them), "(c)", "℗" or the word (no `i` flag: "copyright" in running text is lower case).
 */
export const COPYRIGHT_MARK = /[©ⓒⒸ]|\([cC]\)|℗|\b(?:Copyright|COPYRIGHT|copyright)\b/u;
/** Years, marks and separators between the mark and the name: "© 2019–2026, ", "Copyright © 2026 ", "© Copyright 2026 ". */
export const AFTER_MARK = /^(?:[\s,.:©ⓒⒸ]|\([cC]\)|(?:Copyright|COPYRIGHT|copyright)(?![\p{L}\p{N}])|\d{4}(?:\s*[-–—]\s*\d{4})?)*/u;
/**
 * A rights notice ("All rights reserved", "Tüm hakları saklıdır", "RIPRODUZIONE RISERVATA") at the start of a text:
 * it stands beside the name on a © line, before or after it, and is never the name, in whatever case it is printed.
 */
const RIGHTS_OPENING = new RegExp(`^(?:${phraseAlternation(RIGHTS_RESERVED)})(?![\\p{L}\\p{M}])[\\s.,;:!|–—-]*`, 'iu');
/**
 * A text without the rights notice it opens with, nor the years and marks after that notice. A notice in capitals
 * is matched in Turkish lower case too, where "I" is "ı" ("TÜM HAKLARI SAKLIDIR"); that case keeps every length.
 */
export function withoutRightsNotice(text: string): string {
  const m = RIGHTS_OPENING.exec(text) ?? RIGHTS_OPENING.exec(text.toLocaleLowerCase('tr'));
  return m ? text.slice(m[0].length).replace(AFTER_MARK, '') : text;
}

/** A rights notice anywhere in a line, standing apart from other letters. */
const RIGHTS_ANYWHERE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${phraseAlternation(RIGHTS_RESERVED)})(?![\\p{L}\\p{M}])`, 'iu');

/**
 * A rights notice where a © line has its mark, on a short line without one: "Harbour Ledger 2026. All rights
 * reserved.", "Tutti i diritti riservati – Gazzetta del Lago". The notice plays the mark: the name stands beside
 * it as beside "©". In Turkish lower case too, where a notice in capitals keeps every length ("TÜM HAKLARI SAKLIDIR").
 */
export function rightsNotice(text: string): { index: number; 0: string } | null {
  if (words(text).length > 12) return null;
  return RIGHTS_ANYWHERE.exec(text) ?? RIGHTS_ANYWHERE.exec(text.toLocaleLowerCase('tr'));
}

/** Whether a text opens with a rights notice, as RIGHTS_OPENING reads it. */
export const startsNotice = (text: string) => RIGHTS_OPENING.test(text) || RIGHTS_OPENING.test(text.toLocaleLowerCase('tr'));
