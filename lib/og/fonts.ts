/**
 * The site icons' font for satori (scripts/make-icons.tsx), and the code points a share card's
 * kicker is kept to (lib/og/share-card.ts `fitCard`): Noto Sans
 * from @fontsource (Latin, Latin Extended, Cyrillic, Cyrillic Extended, Greek, Greek Extended,
 * Vietnamese; regular and bold), read from node_modules at build time so rendering never
 * touches the network. Satori reads woff, not woff2. A share card's text, in any script, is
 * set by lib/og/text-image.ts with the faces lib/og/script-fonts.ts picks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseUnicodeRange, type CodeRange } from './glyphs';

const ALL_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] as const;
export type Subset = (typeof ALL_SUBSETS)[number];
/** What a card whose language is unknown loads: the archive's own scripts. */
const DEFAULT_SUBSETS: readonly Subset[] = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'];

/** Satori keeps one font per family name and weight, so each subset gets its own family name. */
const familyOf = (subset: string) => `Noto Sans ${subset}`;
/** The CSS font-family list for card text: the subsets in order of preference. */
export const cardFontFamily = (subsets: readonly Subset[]) => subsets.map((subset) => `'${familyOf(subset)}'`).join(', ');
/** The family list of a card whose language is unknown. */
export const CARD_FONT_FAMILY = cardFontFamily(DEFAULT_SUBSETS);
const WEIGHTS = [400, 700] as const;

const packageDir = () => path.join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans');

export type CardFont = { name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' };

const loaded = new Map<Subset, CardFont[]>();
const rangesBySubset = new Map<Subset, CodeRange[]>();
let table: Record<string, string> | undefined;

/** The font files of some subsets, each file read once per process. */
export function cardFonts(subsets: readonly Subset[] = DEFAULT_SUBSETS): CardFont[] {
  return subsets.flatMap((subset) => {
    const fonts =
      loaded.get(subset) ??
      WEIGHTS.map((weight) => {
        const file = readFileSync(path.join(packageDir(), 'files', `noto-sans-${subset}-${weight}-normal.woff`));
        return { name: familyOf(subset), data: new Uint8Array(file).buffer, weight, style: 'normal' as const };
      });
    loaded.set(subset, fonts);
    return fonts;
  });
}

/** The code points some subsets cover, from the package's own unicode.json. */
export function cardFontRanges(subsets: readonly Subset[] = DEFAULT_SUBSETS): CodeRange[] {
  table ??= z.record(z.string(), z.string()).parse(JSON.parse(readFileSync(path.join(packageDir(), 'unicode.json'), 'utf8')));
  return subsets.flatMap((subset) => {
    const cached = rangesBySubset.get(subset);
    if (cached) return cached;
    const list = table?.[subset];
    if (!list) throw new Error(`@fontsource/noto-sans unicode.json has no "${subset}" subset`);
    const ranges = parseUnicodeRange(list);
    rangesBySubset.set(subset, ranges);
    return ranges;
  });
}
