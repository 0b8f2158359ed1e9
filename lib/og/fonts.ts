/**
 * The share cards' font: Noto Sans from @fontsource (Latin, Latin Extended,
 * Cyrillic, Cyrillic Extended; regular and bold), read from node_modules at
 * build time so rendering never touches the network. Satori reads woff, not woff2.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseUnicodeRange, type CodeRange } from './glyphs';

const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
/** Satori keeps one font per family name and weight, so each subset gets its own family name. */
const familyOf = (subset: string) => `Noto Sans ${subset}`;
/** The CSS font-family list for card text: the subsets in order of preference. */
export const CARD_FONT_FAMILY = SUBSETS.map((subset) => `'${familyOf(subset)}'`).join(', ');
const WEIGHTS = [400, 700] as const;

const packageDir = () => path.join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans');

export type CardFont = { name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' };

let fonts: CardFont[] | undefined;
let ranges: CodeRange[] | undefined;

/** The font files, loaded once per process. */
export function cardFonts(): CardFont[] {
  fonts ??= SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => {
      const file = readFileSync(path.join(packageDir(), 'files', `noto-sans-${subset}-${weight}-normal.woff`));
      return { name: familyOf(subset), data: new Uint8Array(file).buffer, weight, style: 'normal' as const };
    }),
  );
  return fonts;
}

/** The code points the loaded subsets cover, from the package's own unicode.json. */
export function cardFontRanges(): CodeRange[] {
  if (!ranges) {
    const table = z.record(z.string(), z.string()).parse(JSON.parse(readFileSync(path.join(packageDir(), 'unicode.json'), 'utf8')));
    ranges = SUBSETS.flatMap((subset) => {
      const list = table[subset];
      if (!list) throw new Error(`@fontsource/noto-sans unicode.json has no "${subset}" subset`);
      return parseUnicodeRange(list);
    });
  }
  return ranges;
}
