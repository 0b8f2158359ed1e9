/**
 * The masthead printed once, over the menu: a short name on the page's first line proper, or on its second under the
 * day's date, with the menu's run straight under it (menu-run.ts: an entry a line, or a row split by bars or
 * bullets). Two signals agree: the top is the masthead's place, and the menu under it is the page's header (a
 * section label or kicker stands over a headline or the story's text, not over the menu). It reads what
 * outlet-first-line.ts and outlet-menu-head.ts leave: a single capitalised word ("Kustbladet"), a name without
 * letter case of one to three words ("南方晨报", "한빛일보", "صحيفة الوادي"), and any such name, or one of two to four
 * capitalised words, under the date line.
 * What guards it against a menu's word, a section's name or the headline on top:
 * - the name is no entry of the menu under it, nor is any of its words;
 * - it stands apart from the entries: over the menu's head, the home link (a menu's first entry, "Wiadomości" over
 *   "Region", "Sport", has the name's shape; nothing of the menu stands over its home link), and longer than every
 *   entry (a language switch over the home link, "English" over "Home", "News", "Business", is as short as they are);
 *   an uncased name over the home link or a row, and longer than most entries (a section's label over its
 *   sub-sections, "体育" over "足球 | 篮球 | 网球", is as short as they are); the home link is no entry's measure;
 * - no other line of the page holds any of its words (a section's or menu's word is printed again: in the footer's
 *   menu, a breadcrumb, a kicker; the headline's words in the title line or the story), and a cased word is never
 *   written in lower case (a common noun), nor, where words run without spaces, half of a word's pairs of letters
 *   (a headline's fragment);
 * - it is no home link, no line furniture wherever it stands, has no figure and no sentence's end.
 * Two points.
 */
import type { SourceLine } from '../source/normalise';
import { endsSentence } from '../segment/text-shape';
import { classifyFurniture } from '../segment/line-rules';
import { isCased, isOutletName } from './name-shape';
import { foldName, isHomeLink } from './outlet-address';
import { writtenLower } from './outlet-footer-echo';
import { loneFirstLineMastheadFind } from './outlet-first-line';
import { dateLine } from './outlet-lone-word';
import { type HeaderDates, headerDates } from '../dates/header-dates';
import type { OutletFind } from './outlet-lines';
import { hasUnspacedScript } from './script/text-script';
import { menuRunUnder, tokensOf, type MenuRun } from './menu-run';

/** The fewest entries under the name that say "menu". */
const MIN_ENTRIES = 3;

/** A word of letters and marks only (a hyphen or apostrophe inside). */
const letterWord = (w: string) => /^[\p{L}\p{M}]+(?:[-'’&][\p{L}\p{M}]+)*$/u.test(w);

/** A capitalised word of a cased script, not shouted in capitals ("Kustbladet", not "NEWS"). */
const capitalWord = (w: string) => letterWord(w) && isCased(w) && /^\p{Lu}/u.test(w) && /\p{Ll}/u.test(w);

/** Length in characters, what a name has more of than a menu's entries where words say nothing. */
const chars = (text: string) => [...text.trim()].length;

/** Whether the name has not the shape of the run's entries (see the module comment). */
function apartFromEntries(name: string, tokens: readonly string[], cased: boolean, run: MenuRun): boolean {
  if (cased && tokens.length > 1) return true;
  // The home link is the menu's head, not an entry's shape ("Startseite" over "Region", "Politik").
  const entries = run.entries.filter((e) => !isHomeLink(e));
  const longer = entries.filter((e) => chars(e) < chars(name)).length;
  if (cased) return run.opensHome && entries.length > 0 && longer === entries.length;
  // Without spaces a short headline under the menu is one word too, and joins its run: most entries, not all.
  return (run.opensHome || run.opensRow) && 3 * longer >= 2 * entries.length;
}

/** Whether another line of the page holds a word of the name (folded, inside any word), or writes it in lower case. */
function printedElsewhere(tokens: readonly string[], others: readonly SourceLine[], stopwords: ReadonlySet<string>): boolean {
  const own = tokens.filter((w) => !stopwords.has(w.toLowerCase()));
  const folded = own.map(foldName).filter((w) => w.length >= 2);
  return others.some((l) => {
    const text = foldName(l.text);
    return folded.some((w) => text.includes(w));
  }) || own.some((w) => writtenLower(w, others));
}

/**
 * Whether another line holds half or more of an uncased word's pairs of letters: a script written without spaces
 * keeps a headline's fragment in one word ("地铁新线开通" over "地铁新线今日开通"), which no whole word of it gives away.
 */
function pairsElsewhere(word: string, others: readonly SourceLine[]): boolean {
  const letters = [...word];
  if (letters.length < 3) return false;
  const pairs = letters.slice(1).map((c, i) => letters[i]! + c);
  return others.some((l) => 2 * pairs.filter((p) => l.text.includes(p)).length >= pairs.length);
}

/** The name's shape: a single capitalised word, one to three uncased words, or (under the date) a lone name's two to four capitalised ones. */
function nameShaped(l: SourceLine, tokens: readonly string[], underDate: boolean, stopwords: ReadonlySet<string>): 'cased' | 'uncased' | null {
  const name = l.text.trim();
  if (tokens.length === 0 || tokens.length > 4 || name.length > 40 || /\p{N}/u.test(name) || endsSentence(name)) return null;
  if (!isOutletName(name, stopwords) || isHomeLink(name) || isHomeLink(tokens[0]!) || classifyFurniture(name) !== null) return null;
  if (tokens.every((w) => letterWord(w) && !isCased(w))) return tokens.length <= 3 ? 'uncased' : null;
  if (tokens.length === 1) return capitalWord(name) && !stopwords.has(name.toLowerCase()) ? 'cased' : null;
  return underDate && loneFirstLineMastheadFind(l, stopwords) !== null ? 'cased' : null;
}

/**
 * The name over the menu on `page` (the page's non-empty lines from its first line proper), as the module comment
 * reads it; null otherwise.
 */
export function menuMastheadFind(page: readonly SourceLine[], stopwords: ReadonlySet<string>, dates: HeaderDates = headerDates()): OutletFind | null {
  const underDate = page[0] !== undefined && dateLine(page[0].text.trim(), dates);
  const at = underDate ? 1 : 0;
  const l = page[at];
  if (!l) return null;
  const name = l.text.trim();
  const tokens = tokensOf(name);
  const shape = nameShaped(l, tokens, underDate, stopwords);
  if (shape === null) return null;
  const run = menuRunUnder(page.slice(at + 1), stopwords);
  if (run.entries.length < MIN_ENTRIES) return null;
  const entries = new Set(run.entries.map(foldName));
  if (entries.has(foldName(name)) || tokens.some((w) => entries.has(foldName(w)))) return null;
  if (!apartFromEntries(name, tokens, shape === 'cased', run)) return null;
  const others = page.filter((o) => o.n !== l.n);
  if (printedElsewhere(tokens, others, stopwords) || (hasUnspacedScript(name) && tokens.some((w) => pairsElsewhere(w, others)))) return null;
  return { value: name, line: l.n, kind: 'masthead', text: l.text, weight: 2 };
}
