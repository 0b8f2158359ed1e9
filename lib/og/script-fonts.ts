/**
 * Which bundled Noto face draws each character of a share card: the @fontsource Noto Sans
 * packages (Latin, Cyrillic, Greek, Vietnamese; Arabic, Hebrew, Devanagari, Armenian, Georgian,
 * Thai; Korean, Simplified and Traditional Chinese, Japanese), each split by the package into
 * unicode-range subsets (CJK into ~100 files of ~45 KB). A card loads only the subset files its
 * characters fall in, preferring the faces of its story's script (so a Japanese story's kanji get
 * Japanese glyph forms), read from each package's unicode.json: no table of ranges of our own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { likelyScript } from '@/lib/content/extract/script/script-tables';
import { isCovered, parseUnicodeRange, type CodeRange } from './glyphs';

/** One subset file's worth of a family: the code points its unicode.json declares. */
export type Face = { family: string; pkg: string; subset: string; ranges: CodeRange[] };

/** The bundled packages, with the subsets of each that are used (CJK: every numbered subset). */
const PACKAGES = [
  { pkg: 'noto-sans', family: 'Noto Sans', script: ['Latn', 'Cyrl', 'Grek'], subsets: ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] },
  { pkg: 'noto-sans-arabic', family: 'Noto Sans Arabic', script: ['Arab'], subsets: ['arabic'] },
  { pkg: 'noto-sans-hebrew', family: 'Noto Sans Hebrew', script: ['Hebr'], subsets: ['hebrew'] },
  { pkg: 'noto-sans-devanagari', family: 'Noto Sans Devanagari', script: ['Deva'], subsets: ['devanagari'] },
  { pkg: 'noto-sans-armenian', family: 'Noto Sans Armenian', script: ['Armn'], subsets: ['armenian'] },
  { pkg: 'noto-sans-georgian', family: 'Noto Sans Georgian', script: ['Geor'], subsets: ['georgian'] },
  { pkg: 'noto-sans-thai', family: 'Noto Sans Thai', script: ['Thai'], subsets: ['thai'] },
  { pkg: 'noto-sans-sc', family: 'Noto Sans SC', script: ['Hans'], subsets: 'numbered' },
  { pkg: 'noto-sans-jp', family: 'Noto Sans JP', script: ['Jpan'], subsets: 'numbered' },
  { pkg: 'noto-sans-kr', family: 'Noto Sans KR', script: ['Kore'], subsets: 'numbered' },
  { pkg: 'noto-sans-tc', family: 'Noto Sans TC', script: ['Hant'], subsets: 'numbered' },
] as const;
type Package = (typeof PACKAGES)[number];

const fontsourceDir = () => path.join(process.cwd(), 'node_modules', '@fontsource');
const unicodeTable = z.record(z.string(), z.string());

const facesByPackage = new Map<string, Face[]>();

/** A package's faces, read once per process. */
function packageFaces(entry: Package): Face[] {
  const cached = facesByPackage.get(entry.pkg);
  if (cached) return cached;
  const table = unicodeTable.parse(JSON.parse(readFileSync(path.join(fontsourceDir(), entry.pkg, 'unicode.json'), 'utf8')));
  const names = entry.subsets === 'numbered' ? Object.keys(table).filter((key) => /^\[\d+\]$/.test(key)) : entry.subsets;
  const faces = names.map((subset) => {
    const list = table[subset];
    if (!list) throw new Error(`@fontsource/${entry.pkg}/unicode.json has no "${subset}" subset`);
    return { family: entry.family, pkg: entry.pkg, subset, ranges: parseUnicodeRange(list) };
  });
  facesByPackage.set(entry.pkg, faces);
  return faces;
}

/** The packages in the order a card in `lang` prefers them: its script's own first, then the rest as listed. */
function packagesFor(lang: string): Package[] {
  const script = likelyScript(lang);
  const own = PACKAGES.filter((entry) => script !== undefined && entry.script.some((s) => s === script));
  return [...own, ...PACKAGES.filter((entry) => !own.includes(entry))];
}

/** The file of a face at a weight, as the package names it. */
export function faceFile(face: Face, weight: 400 | 700): string {
  return path.join(fontsourceDir(), face.pkg, 'files', `${face.pkg}-${face.subset.replace(/[[\]]/g, '')}-${weight}-normal.woff`);
}

/** What a text needs: the faces that draw it (preferred first) and the characters no bundled face has. */
export type FaceChoice = { faces: Face[]; families: string[]; missing: string[] };

/**
 * The faces that draw `text` in a card of language `lang`: for each character, the first face
 * (in the language's order of preference) whose subset declares it. Whitespace and format
 * characters (joiners, marks of direction) need no glyph of their own.
 */
export function facesFor(text: string, lang: string): FaceChoice {
  const order = packagesFor(lang);
  const faces: Face[] = [];
  const missing = new Set<string>();
  for (const char of text) {
    if (/[\s\p{Cf}]/u.test(char)) continue;
    const cp = char.codePointAt(0) ?? 0;
    if (faces.some((face) => isCovered(cp, face.ranges))) continue;
    let found: Face | undefined;
    for (const entry of order) {
      found = packageFaces(entry).find((face) => isCovered(cp, face.ranges));
      if (found) break;
    }
    if (found) faces.push(found);
    else missing.add(char);
  }
  const rank = (family: string) => order.findIndex((entry) => entry.family === family);
  const families = [...new Set(faces.map((face) => face.family))].sort((a, b) => rank(a) - rank(b));
  return { faces, families, missing: [...missing] };
}
