/**
 * The site's masthead read across files: in an archive of many scrapes of one site, the site's name
 * stands alone at the top of every page. On one page a lone first line is weak evidence (a section
 * label stands there too); across files it is not: a short name-shaped line that stands among the
 * first TOP_LINES non-empty lines of TEMPLATE_MIN_FILES or more independent files (the site template,
 * segment/site-template.ts), and that is no menu item or section word of the page, is the site's
 * masthead. Precision over recall: a wrong outlet is worse than none.
 */
import type { SourceLine } from '../source/normalise';
import { type SiteTemplate, TOP_LINES, templateKey, topTemplateKey } from '../segment/site-template';
import { endsSentence } from '../segment/text-shape';
import { type HeaderDates, headerDates } from '../dates/header-dates';
import { nameTokenCount, nameTokens } from './name-shape';
import { isOutletName } from './outlet-name';
import type { OutletFind } from './outlet-lines';
import { isBrandShaped } from './outlet-masthead';
import { isHomeLink } from './outlet-address';

/** A site masthead alone is two points, enough for chooseOutlet (a name needs two): its evidence is every file it tops. */
export const SITE_MASTHEAD_WEIGHT = 2;
/** A masthead is at most four words (one only with a brand's shape: see nameShaped). */
const MAX_WORDS = 4;

const fold = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ').trim();
/** A short menu entry's shape (as outlet-lines.ts's menuLinesOf reads one): three words or fewer, no sentence end. */
const isShort = (text: string) => text.trim() !== '' && nameTokenCount(text, 3) <= 3 && !/[.!?]$/u.test(text.trim());

/** Words the page writes in lower case elsewhere: a label whose every word is one ("Economy" over "the economy grew") is a common noun. */
function lowerWordsBesides(lines: readonly SourceLine[], n: number): Set<string> {
  const lower = new Set<string>();
  for (const l of lines) {
    if (l.n === n) continue;
    for (const w of nameTokens(l.text)) if (w !== w.toUpperCase() && w === w.toLowerCase()) lower.add(w);
  }
  return lower;
}

/**
 * Whether the line is an item of a menu run: it and the lines around it, with no blank line between, make
 * three or more short lines in a row, and it is not the first of them (a masthead may stand right over
 * a menu run; an item inside the run is the menu's).
 */
function insideRun(lines: readonly SourceLine[], n: number): boolean {
  const i = lines.findIndex((l) => l.n === n);
  if (i <= 0 || !isShort(lines[i - 1]!.text)) return false;
  let run = 2;
  for (let j = i - 2; j >= 0 && isShort(lines[j]!.text); j--) run++;
  for (let j = i + 1; j < lines.length && isShort(lines[j]!.text); j++) run++;
  return run >= 3;
}

/**
 * Whether a top line has a masthead's shape: a name of two to four words, not mostly stopwords, no figure, no
 * sentence, no date. One word only with a brand's shape ("BelarusDigest", "novinky.cz"): a single plain word at
 * the top of many files is the first item of the menu or a section's label, of one site or of many ("Home",
 * "News", "Начало", "Cronaca"), and no file tells it from a one-word name.
 */
function nameShaped(text: string, stopwords: ReadonlySet<string>, dates: HeaderDates): boolean {
  const t = text.trim();
  const ws = nameTokens(t);
  if (ws.length === 0 || (ws.length === 1 && !isBrandShaped(t)) || ws.length > MAX_WORDS || /\p{N}/u.test(t) || endsSentence(t) || !isOutletName(t, stopwords)) return false;
  if (ws.filter((w) => stopwords.has(w.toLowerCase())).length * 2 >= ws.length && ws.length > 1) return false;
  return dates(t) === null;
}

type Candidate = { line: SourceLine; tops: number };

/**
 * The site masthead find of a page: among its first TOP_LINES non-empty lines, the one name-shaped line
 * the site template counts at the top of TEMPLATE_MIN_FILES or more independent files, standing at the top
 * of at least half the files it recurs in (a menu word heads only its section's pages), printed nowhere
 * else on the page, no item of a menu run, no home link ("Home", "Ana Sayfa": the first entry of many sites' menus,
 * two words in some languages) and not a common word the page writes in lower case. Two such
 * lines topping as many files each leave the page without one; only lines above the story's `headline` line
 * (when it has one) are read. Every template lookup goes through
 * `template` (a TemplateRecorder while compiling), so the incremental build sees what this rests on.
 */
export function siteMastheadFind(lines: readonly SourceLine[], template: SiteTemplate, stopwords: ReadonlySet<string>, headline: number | null = null, dates: HeaderDates = headerDates()): OutletFind | null {
  const filled = lines.filter((l) => l.text.trim() !== '');
  const candidates: Candidate[] = [];
  // A masthead stands over the headline: a line under it at the top of many files is a byline or a dateline.
  for (const l of filled.slice(0, TOP_LINES).filter((t) => headline === null || t.n < headline)) {
    const key = templateKey(l.text);
    if (!nameShaped(l.text, stopwords, dates) || isHomeLink(l.text)) continue;
    const tops = template.get(topTemplateKey(key));
    const files = template.get(key);
    if (tops === undefined || files === undefined || tops * 2 < files) continue;
    if (filled.some((o) => o.n !== l.n && fold(o.text) === fold(l.text)) || insideRun(lines, l.n)) continue;
    const lower = lowerWordsBesides(filled, l.n);
    if (nameTokens(l.text).every((w) => lower.has(w.toLowerCase()))) continue;
    candidates.push({ line: l, tops });
  }
  const [best, next] = candidates.sort((a, b) => b.tops - a.tops);
  if (!best || (next && next.tops === best.tops)) return null;
  const name = best.line.text.trim();
  return { value: name, line: best.line.n, kind: 'site masthead', text: `${name} (repeats at the top of ${best.tops} files)`, weight: SITE_MASTHEAD_WEIGHT };
}
