/**
 * The menu's run under a page's first line, read by its shape in any script: lines of one or two words each (an entry
 * a line: "Política", "Economia e finanças" with its joining word), and rows that set several entries on one line,
 * apart by a bar or bullet ("Início | Política | Economia", "الرئيسية · محليات · رياضة") or, where letters have case,
 * as capitalised words with no function word among them ("Gündem Ekonomi Spor"). outlet-menu-head.ts reads the
 * line over it.
 */
import type { SourceLine } from '../source/normalise';
import { endsSentence } from '../segment/text-shape';
import { isCased } from './name-shape';
import { isHomeLink } from './outlet-address';

/** The menu's run: its lines, how many entries they hold, and how its first line opens. */
export type MenuRun = {
  lines: readonly SourceLine[];
  /** The run's entries: an entry's line, every entry of a row. */
  entries: readonly string[];
  /** The run's first line is or opens with a home link ("Home", "Início | Política"): the menu's own head. */
  opensHome: boolean;
  /** The run's first line is a row: entries set on one line. */
  opensRow: boolean;
};

/** A line's words split at spaces. */
export const tokensOf = (text: string) => text.trim().split(/\s+/u).filter((w) => w !== '');

/** Separators a row of entries sets between them. */
const ROW_SEPARATOR = /\s+[|·•/›»]\s+/u;

/** A word of letters only (a hyphen or apostrophe inside), opening with a capital, in a script with case. */
const capitalWord = (w: string) => /^[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*$/u.test(w) && isCased(w) && /^\p{Lu}/u.test(w) && /\p{Ll}/u.test(w);

/**
 * An entry's words: one or two, or three with a lower-case joining word of the page's language between two
 * capitalised ones ("Economia e finanças", "Ciencia y tecnología"); no figure, no sentence's end. In a script with
 * case an entry opens with a capital (a menu's label, not a sentence's fragment).
 */
function entryWords(text: string, stopwords: ReadonlySet<string>): number {
  const t = text.trim();
  const ws = tokensOf(t);
  if (ws.length === 0 || ws.length > 3 || /\p{N}/u.test(t) || endsSentence(t)) return 0;
  if (isCased(ws[0]!) && !/^\p{Lu}/u.test(ws[0]!)) return 0;
  if (ws.length === 3 && !(capitalWord(ws[0]!) && /^\p{Ll}+$/u.test(ws[1]!) && stopwords.has(ws[1]!) && !capitalWord(ws[1]!))) return 0;
  return ws.length;
}

/** The entries of a row (see the module comment); none when the line is no row. */
function rowEntries(text: string, stopwords: ReadonlySet<string>): string[] {
  const t = text.trim();
  const parts = t.split(ROW_SEPARATOR).map((p) => p.trim());
  if (parts.length >= 2) return parts.every((p) => entryWords(p, stopwords) > 0) ? parts : [];
  const ws = tokensOf(t);
  // Without separators only capitals tell entries from a phrase: every word capitalised, none a function word.
  const capitalised = ws.length >= 3 && ws.length <= 7 && ws.every((w) => capitalWord(w) && !stopwords.has(w.toLowerCase()));
  return capitalised ? ws : [];
}

/** The menu's run from the first of `lines` on (the lines under the page's first line); its lines are empty when none stands there. */
export function menuRunUnder(lines: readonly SourceLine[], stopwords: ReadonlySet<string>): MenuRun {
  const run: SourceLine[] = [];
  const entries: string[] = [];
  let opensHome = false;
  let opensRow = false;
  for (const l of lines) {
    const row = rowEntries(l.text, stopwords);
    const words = row.length > 0 ? 0 : entryWords(l.text, stopwords);
    // A three-word entry opens no run: alone it may be a kicker or a short headline.
    if (row.length === 0 && (words === 0 || (words === 3 && run.length === 0))) break;
    if (run.length === 0) {
      const head = row.length > 0 ? row : tokensOf(l.text);
      opensHome = isHomeLink(l.text) || isHomeLink(head[0]!) || (row.length > 0 && isHomeLink(head.slice(0, 2).join(' ')));
      opensRow = row.length > 0;
    }
    run.push(l);
    entries.push(...(row.length > 0 ? row : [l.text.trim()]));
  }
  return { lines: run, entries, opensHome, opensRow };
}
