/**
 * Site templates across files: in a real archive many files come from one site,
 * and its menus, tickers and footers repeat from file to file. This archive-level
 * pre-pass counts every line (digits masked, spaces folded) once over all source
 * texts, in linear time, and returns the lines that recur in 3 or more files that
 * are not republications of one another. A republished story repeats its
 * paragraphs in every copy; those copies are grouped first (files whose long
 * lines are mostly the same) and count as one file, so a story is never
 * furniture because it was republished.
 *
 * It also counts, per template line, the independent files where the line stands among the first
 * TOP_LINES non-empty lines (where a site prints its masthead): kept in the same map under
 * topTemplateKey(key), so every lookup of it goes through the same recorder (store/template-deps.ts).
 */

/** A line that recurs in this many independent files is the site's template. */
export const TEMPLATE_MIN_FILES = 3;
/** Lines at least this long carry a file's own text; copies share most of them. */
const LONG_LINE = 60;
/** Two files are copies when they share at least this many long lines… */
const COPY_MIN_SHARED = 3;
/** …making up at least this share of the long lines of the longer of the two. */
const COPY_MIN_SHARE = 0.5;

/** How many non-empty lines count as the top of a file, where a site prints its masthead. */
export const TOP_LINES = 3;

/**
 * Template lines by key (see templateKey), each with the number of files it recurs in; and under
 * topTemplateKey(key), for a line at the top of TEMPLATE_MIN_FILES or more independent files, the
 * number of files it stands at the top of.
 */
export type SiteTemplate = ReadonlyMap<string, number>;

/**
 * The key under which the template counts the files `key` stands at the top of. A line key never
 * holds a line break (texts are split at them), so this key is never a line's.
 */
export const topTemplateKey = (key: string) => `\n${key}`;

const INVISIBLES = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;
const DIGIT = /\p{Nd}/u;
const DIGITS = /\p{Nd}+/gu;
const SPACES = /\s+/gu;
/** Any space but ' ', and the zero-width characters normalise.ts drops. */
const ODD_SPACE = /[\s\u200b-\u200d\u2060]/u;

/**
 * Whether a line is its own key already: no digit, no invisible character, no space but single
 * ' ' between words. One pass over the character codes; most lines of a normalised text pass.
 */
function isPlainKey(line: string): boolean {
  const last = line.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || line.charCodeAt(i + 1) === 32) return false;
    } else if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 9 && c <= 13)) return false;
    } else if (c === 0xa0 || c === 0xad || c === 0xfeff || (c >= 0xd800 && c <= 0xdfff)) {
      // A surrogate pair may be a digit of another plane: the full passes decide.
      return false;
    } else if ((c >= 0x1680 && c <= 0x3000 && ODD_SPACE.test(line[i]!)) || (c >= 0x660 && DIGIT.test(line[i]!))) {
      return false;
    }
  }
  return true;
}

/** The key a line is counted by: digits masked (dates, counters, years change), spaces folded. */
export function templateKey(line: string): string {
  if (isPlainKey(line)) return line;
  // Invisible characters go as normalise.ts drops them, so raw and normalised text give one key.
  return line.replace(INVISIBLES, '').replace(DIGITS, '#').replace(SPACES, ' ').trim();
}

function rootOf(parent: number[], i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r]!;
  for (let j = i; parent[j] !== r; ) [j, parent[j]] = [parent[j]!, r];
  return r;
}

/**
 * Groups copies: for every long line, the first file holding it is credited with one shared line
 * by every later file holding it (a star, so the work stays linear); pairs that share most of
 * their long lines are joined. Returns each file's group.
 */
function copyGroups(keysByFile: readonly (readonly string[])[], filesByKey: ReadonlyMap<string, number[]>): number[] {
  const parent = keysByFile.map((_, i) => i);
  const longCount = keysByFile.map((keys) => keys.filter((k) => k.length >= LONG_LINE).length);
  const size = keysByFile.length;
  const shared = new Map<number, number>();
  for (const [key, files] of filesByKey) {
    if (key.length < LONG_LINE || files.length < 2) continue;
    const first = files[0]!;
    for (let k = 1; k < files.length; k++) {
      const pair = first * size + files[k]!;
      shared.set(pair, (shared.get(pair) ?? 0) + 1);
    }
  }
  for (const [pair, n] of shared) {
    const [a, b] = [Math.floor(pair / size), pair % size];
    if (n >= COPY_MIN_SHARED && n >= COPY_MIN_SHARE * Math.max(longCount[a]!, longCount[b]!)) parent[rootOf(parent, a)] = rootOf(parent, b);
  }
  return keysByFile.map((_, i) => rootOf(parent, i));
}

/**
 * The site template of an archive: every line key found in TEMPLATE_MIN_FILES or more files
 * that are not copies of one another, with its file count. `texts` are the decoded source texts.
 */
export function findSiteTemplate(texts: readonly string[]): SiteTemplate {
  const topsByFile: string[][] = [];
  const keysByFile = texts.map((text) => {
    const keys = new Set<string>();
    const tops: string[] = [];
    for (const line of text.split('\n')) {
      const key = templateKey(line);
      if (key === '') continue;
      if (tops.length < TOP_LINES) tops.push(key);
      keys.add(key);
    }
    topsByFile.push(tops);
    return [...keys];
  });
  const filesByKey = new Map<string, number[]>();
  keysByFile.forEach((keys, file) => {
    for (const key of keys) {
      const files = filesByKey.get(key);
      if (files) files.push(file);
      else filesByKey.set(key, [file]);
    }
  });
  const group = copyGroups(keysByFile, filesByKey);
  const template = new Map<string, number>();
  for (const [key, files] of filesByKey) {
    if (files.length < TEMPLATE_MIN_FILES) continue;
    if (new Set(files.map((f) => group[f])).size >= TEMPLATE_MIN_FILES) template.set(key, files.length);
  }
  // Tops of template lines only: a line at the top of three files is in three files.
  const topFiles = new Map<string, number[]>();
  topsByFile.forEach((tops, file) => {
    for (const key of new Set(tops)) {
      if (!template.has(key)) continue;
      const files = topFiles.get(key);
      if (files) files.push(file);
      else topFiles.set(key, [file]);
    }
  });
  for (const [key, files] of topFiles) {
    if (new Set(files.map((f) => group[f])).size >= TEMPLATE_MIN_FILES) template.set(topTemplateKey(key), files.length);
  }
  return template;
}
