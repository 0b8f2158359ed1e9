/**
 * The share cards' font: Noto Sans from @fontsource (Latin, Latin Extended,
 * Cyrillic, Cyrillic Extended, Greek, Greek Extended, Vietnamese; regular and bold),
 * read from node_modules at build time so rendering never touches the network.
 * Satori reads woff, not woff2. A card loads the subsets its language's script
 * needs, first in the family list, plus any other subset its text uses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { scriptOfLanguage, type Script } from '@/lib/text-lang';
import { isCovered, parseUnicodeRange, type CodeRange } from './glyphs';

const ALL_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] as const;
type Subset = (typeof ALL_SUBSETS)[number];
/** What a card whose language is unknown loads: the archive's own scripts. */
const DEFAULT_SUBSETS: readonly Subset[] = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'];
/** Subsets a script needs beyond Latin, in order of preference. */
const SCRIPT_SUBSETS: Partial<Record<Script, Subset[]>> = { Cyrillic: ['cyrillic', 'cyrillic-ext'], Greek: ['greek', 'greek-ext'] };
/** Latin-script languages with a subset of their own (Vietnamese tone marks). */
const LANGUAGE_SUBSETS: Record<string, Subset[]> = { vi: ['vietnamese'] };

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

/**
 * The subsets a card in `lang` (BCP 47, or `und`) needs for `text`: its script's
 * subsets first (so a Cyrillic story's card prefers the Cyrillic faces), then Latin,
 * then any other subset that covers a character of the text (a Cyrillic outlet name
 * on an English card). An unknown language gets the archive's default subsets.
 */
export function cardFontSubsets(lang: string, text: string): Subset[] {
  const script = scriptOfLanguage(lang);
  const own = LANGUAGE_SUBSETS[lang] ?? (script ? (SCRIPT_SUBSETS[script] ?? []) : []);
  const chosen: Subset[] = lang === 'und' ? [...DEFAULT_SUBSETS] : [...own, 'latin', 'latin-ext'];
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (isCovered(cp, cardFontRanges(chosen))) continue;
    const extra = ALL_SUBSETS.find((subset) => !chosen.includes(subset) && isCovered(cp, cardFontRanges([subset])));
    if (extra) chosen.push(extra);
  }
  return chosen;
}
