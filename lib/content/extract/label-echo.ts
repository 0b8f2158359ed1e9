/**
 * A link label the page uses again: evidence, with no word table, that the short label over a headline set into the
 * story ("Nu rata: …", "Lue myös: …", in any language) is the site's label for links to other stories. The page sets
 * the same label again as a label on another line: over another headline ("Nu rata: …", "Nu rata | …", "Nu rata »") or
 * alone as the title of a box of links under the story or beside it ("Nu rata", "NU RATA:"). A subheading's label names
 * its section once. A label whose words the story's own paragraphs use names the story's theme, a place or a speaker
 * ("Zelensky: …" over a section, "Zelensky: …" over a teaser under the story), so it earns nothing here.
 */
import type { SourceLine } from '../source/normalise';
import { foldedLower } from '../fold-text';
import { isProse, words } from '../segment/text-shape';
import { sameWordByEnding } from './same-word';

/** What may follow a label set again as a label: a colon, a bar or a link's pointer, then anything, or nothing at all. */
const AFTER_LABEL = /^\s*(?:[:：|»›→]|$)/u;

/**
 * Whether the story's paragraphs use the label's words: its words that are not stopwords (all of them when every word is
 * one), each compared with every word of `prose` as an inflected form (same-word.ts: sameWordByEnding). Such a label names the story's theme.
 */
export function labelNamesTheStory(label: string, prose: readonly string[], stopwords: ReadonlySet<string>): boolean {
  const ws = words(foldedLower(label));
  const content = ws.filter((w) => !stopwords.has(w));
  const own = content.length > 0 ? content : ws;
  const used = new Set(prose.flatMap((p) => words(foldedLower(p))));
  return own.some((w) => [...used].some((u) => sameWordByEnding(w, u)));
}

/** A line of the page that may set a label again: not running text, folded, with its folded words. */
type LabelLine = { n: number; folded: string; words: string[] };

/**
 * A page's lines that may set a label again (not running text), by their first folded word, built once per page: a label
 * is set again only on a line that opens with the label's first word, so each label reads only those lines, however
 * long the page. A page's lines are never changed once read (each stage makes new arrays), so the page itself is the key.
 */
const pageIndexes = new WeakMap<readonly SourceLine[], Map<string, LabelLine[]>>();

function indexOfPage(page: readonly SourceLine[]): Map<string, LabelLine[]> {
  let index = pageIndexes.get(page);
  if (index) return index;
  index = new Map();
  for (const l of page) {
    if (isProse(l.text)) continue;
    const folded = foldedLower(l.text.trim());
    const ws = words(folded);
    if (ws.length === 0) continue;
    const lines = index.get(ws[0]!);
    const line = { n: l.n, folded, words: ws };
    if (lines) lines.push(line);
    else index.set(ws[0]!, [line]);
  }
  pageIndexes.set(page, index);
  return index;
}

/**
 * Whether a line of the page other than line `n` sets `label` again as a label: the label's words open it (case and
 * spacing aside) and a colon, a bar or a pointer follows, or nothing does; a label of one word alone on a line must
 * close with its colon there (a lone word is a menu's or a tag's: "Sport", "Ukraine"). A line of running text is no
 * label's line. Evidence for linked-headline.ts: the story's paragraphs must not use the label's words (labelNamesTheStory).
 */
export function labelEchoedOnPage(label: string, n: number, page: readonly SourceLine[]): boolean {
  const own = words(foldedLower(label));
  if (own.length === 0) return false;
  const want = own.join(' ');
  const oneWord = own.length === 1;
  const count = own.length;
  return (indexOfPage(page).get(own[0]!) ?? []).some((l) => {
    if (l.n === n || l.words.slice(0, count).join(' ') !== want) return false;
    // What follows the label's last word in the line as written.
    let at = 0;
    for (const w of l.words.slice(0, count)) at = l.folded.indexOf(w, at) + w.length;
    const rest = l.folded.slice(at);
    return AFTER_LABEL.test(rest) && (!oneWord || rest.trim() !== '');
  });
}

/**
 * Whether a line of the page outside the story (`inStory` says which line numbers are the story's) holds `label` alone,
 * case and spacing aside, a closing colon allowed: a menu's, a section's or a tag's word ("Sport", "Ukraine war"), the
 * site's name for a kind of story, set over a link into another story of that kind. A subheading's label names a part
 * of its own story. Evidence for linked-headline.ts only with a line that says none of the story's words.
 */
export function labelSetAloneOutside(label: string, page: readonly SourceLine[], inStory: (n: number) => boolean): boolean {
  const own = words(foldedLower(label));
  if (own.length === 0) return false;
  const want = own.join(' ');
  return (indexOfPage(page).get(own[0]!) ?? []).some((l) => !inStory(l.n) && l.words.join(' ') === want && /^[\p{L}\p{M}\s'’-]+[:：]?$/u.test(l.folded));
}
