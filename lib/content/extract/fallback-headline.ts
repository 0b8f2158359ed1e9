/**
 * The headline when no line above the text qualifies as one by its score (headline-score.ts): the
 * last crumb of a breadcrumb, a headline behind a media label ("VIDEO: …", "SON DAKİKA: …") that the line
 * rules took for a credit or a link, a headline written as a sentence over its byline or date, or a short
 * headline over its date that the score passes over for its few words.
 */
import type { Block } from '../segment/segment';
import { hasCase, isProse, isTitleShaped, wordCount, words } from '../segment/text-shape';
import { HEADLINE_THRESHOLD, scoreHeadline } from './headline-line-score';
import { lineEvidence } from '../segment/line-evidence';
import { isDateShaped, isNameList } from './headline-neighbours';

const lastLineOf = (b: Block) => b.lines.at(-1)?.n ?? b.line;

/**
 * The headline as the last crumb of a breadcrumb ("Home › News › Shipyard wins contract for four patrol boats"), when
 * no line above the text qualifies: a crumb of four words or more after short ones is the page's own title.
 */
export function breadcrumbHeadline(header: Block[]): { block: Block; text: string } | null {
  for (const block of header) {
    if (block.mark?.kind !== 'furniture' || block.mark.reason !== 'navigation') continue;
    const crumbs = block.text.split(/\s*[»›>→]\s*/u).filter((c) => c.trim() !== '');
    const last = crumbs.at(-1)?.trim() ?? '';
    if (crumbs.length >= 3 && wordCount(last) >= 4 && isTitleShaped(last)) return { block, text: last };
  }
  return null;
}

/**
 * The headline printed as a sentence (with a full stop) that layout.ts left above the text because the byline or
 * date stands under it: the header's last line, or last before its byline and date, when it reads as a sentence
 * (only that placement leaves a sentence in the header). When a short headline (lineOverMeta) stands glued straight
 * above that sentence, the sentence is the story's lead printed over its byline, and the short line is the headline.
 */
export function sentenceOverMeta(header: Block[], others: readonly string[] = [], stopwords: ReadonlySet<string> = new Set()): { block: Block; text: string } | null {
  let k = header.length - 1;
  while (k >= 0 && (header[k]!.mark?.kind === 'dateline' || header[k]!.mark?.kind === 'byline')) k--;
  const b = header[k];
  if (!b || b.mark !== null || !isProse(b.text) || b.lines.length !== 1 || wordCount(b.text) > 30) return null;
  // A short headline glued straight above the sentence makes the sentence its lead or standfirst, not the headline.
  const above = header[k - 1];
  const short = above && above.mark === null && lastLineOf(above) + 1 === b.line ? lineOverMeta(header.slice(0, k), others, stopwords) : null;
  return short?.block === above ? short : { block: b, text: b.text };
}

/** The words after a label of one or two words and a colon, bar or full stop: "VIDEO: <rest>", "FOTO | <rest>". */
const AFTER_LABEL = /^[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+)?\s*[:|.]\s+(\S.*)$/u;

/**
 * Whether what follows a label reads as a headline, not as a credit's names: four words or more, no slash or ©
 * (a credit lists its sources so), and in a script with case either shouted whole or with two words or more in
 * lower case (a phrase, not "Marcos Lima/Agência Brasil").
 */
function readsAsHeadline(rest: string): boolean {
  if (wordCount(rest) < 4 || !isTitleShaped(rest) || /[/©]/u.test(rest)) return false;
  const ws = words(rest);
  const cased = ws.filter((w) => hasCase(w[0]!));
  if (cased.length === 0) return true;
  const lower = cased.filter((w) => w[0] !== w[0]!.toUpperCase()).length;
  const shouted = cased.every((w) => w === w.toUpperCase());
  return shouted || lower >= 2;
}

/**
 * A headline behind a media or news label ("VIDEO: Armata a primit…", "ВИДЕО: Армията получи…", "SON DAKİKA: …"):
 * the line rules take "VIDEO:" for a credit's label and a shouted "LABEL: …" for a link to another story, so the
 * page seems to have no headline. Only when none qualified: a marked header line whose words after the label read
 * as a headline and that, read as an unmarked line, scores as one. The whole line is the title, as the page prints it.
 */
export function labelledHeadline(header: Block[], others: readonly string[], stopwords: ReadonlySet<string>): { block: Block; text: string } | null {
  for (const [i, block] of header.entries()) {
    const mark = block.mark;
    if (mark?.kind !== 'furniture' || (mark.reason !== 'photo-credit' && mark.reason !== 'related-block') || block.lines.length !== 1) continue;
    const rest = AFTER_LABEL.exec(block.text.trim())?.[1];
    if (rest === undefined || !readsAsHeadline(rest)) continue;
    const unmarked = header.map((b) => (b === block ? { ...b, mark: null } : b));
    if (scoreHeadline(unmarked, i, others, stopwords) >= HEADLINE_THRESHOLD) return { block, text: block.text.trim() };
  }
  return null;
}

/** Every cased letter a capital: a section name or label shouted, not a headline. */
function isShoutedLine(text: string): boolean {
  const cased = [...text].filter(hasCase);
  return cased.length > 0 && cased.every((c) => c === c.toUpperCase());
}

/** A breadcrumb: two or more parts set apart by a slash or chevron, each printed on its own line elsewhere on the page. */
function isCrumbTrail(text: string, others: readonly string[]): boolean {
  const parts = text.split(/\s+[/›»>→|]\s+/u).map((p) => p.trim());
  return parts.length >= 2 && parts.every((p) => others.includes(p));
}

/**
 * A short headline (two words or more: "Nuove fregate", "وصول طائرات جديدة") that the score passes over for its few
 * words or for the menu glued above it. It stands in the run of lines glued together straight above the text, with
 * only marked lines (the story's date or byline, a widget) or a date the reader did not know between that run and the
 * text, and it alone says the most there: every other line of the run (a menu item, a time widget under the headline)
 * has fewer words, a breadcrumb or a list of names with commas (a site's tagline: isNameList) aside. Besides that place, it has a title's shape (no sentence, not shouted, a capital
 * or a caseless script first, not a date), it is a phrase rather than a label made of function words ("Об этом же в
 * других СМИ"), and the page prints it only once (a section name repeats in menus and breadcrumbs).
 */
export function lineOverMeta(header: Block[], others: readonly string[], stopwords: ReadonlySet<string>): { block: Block; text: string } | null {
  let k = header.length - 1;
  while (k >= 0 && (header[k]!.mark !== null || isDateShaped(header[k]!.text))) k--;
  if (k < 0) return null;
  let top = k;
  while (top > 0 && header[top - 1]!.mark === null && lastLineOf(header[top - 1]!) + 1 === header[top]!.line) top--;
  const run = header.slice(top, k + 1).filter((b) => !isCrumbTrail(b.text, others) && !isNameList(b.text));
  const most = Math.max(...run.map((b) => wordCount(b.text)));
  const longest = run.filter((b) => wordCount(b.text) === most);
  const b = longest.length === 1 ? longest[0]! : null;
  if (!b || b.lines.length !== 1) return null;
  const text = b.text.trim();
  const first = /[\p{L}\p{N}]/u.exec(text)?.[0] ?? '';
  const capitalOrCaseless = !hasCase(first) || first === first.toUpperCase();
  if (most < 2 || most > 20 || !isTitleShaped(text) || isProse(text) || isShoutedLine(text) || !capitalOrCaseless || isDateShaped(text)) return null;
  if (most >= 4 && lineEvidence(text, stopwords).stopShare >= 0.6) return null;
  return others.filter((o) => o === text).length > 1 ? null : { block: b, text };
}
