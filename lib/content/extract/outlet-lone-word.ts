/**
 * A masthead of one word alone on the page's first line ("Nordkuriren", "Postimees", "Délmagyar") that the page
 * names nowhere else. A section word has the same shape ("Politik", "Cronaca", "Europe"), so the word is read
 * only where the page's shape says masthead and nothing says section: the line under it is the day's date (a paper's
 * front line: a kicker stands over a headline or the story's text, a menu's head over its entries), it stands
 * nowhere else alone or in a breadcrumb (a section's label is printed again: in the footer's menu, as a kicker, after
 * "Home ›"), the page never writes it in lower case (a common noun: "Про журнал" under "Журнал"), and it is no home
 * link, skip link or label in capitals. Two points. Only in scripts with letter case: elsewhere the shape says nothing.
 */
import type { SourceLine } from '../source/normalise';
import { endsSentence } from '../segment/text-shape';
import { classifyFurniture } from '../segment/line-rules';
import { type HeaderDates, headerDates } from '../dates/header-dates';
import { isWeekdayName } from '../dates/weekday-names';
import { isCased, isOutletName } from './name-shape';
import { foldName, isHomeLink } from './outlet-address';
import { writtenLower } from './outlet-footer-echo';
import type { OutletFind } from './outlet-lines';
import { endsBefore, literalPlaces, opensAt, separatorBefore } from './literal-place';

/** A line that is a date and nothing else but a weekday's name or a time ("Fredag 5 december 2026", "Friday, 5 December 2026, 08:30"). */
export function dateLine(text: string, dates: HeaderDates = headerDates()): boolean {
  if (!/\p{N}/u.test(text)) return false;
  const date = dates(text);
  if (date === null) return false;
  const rest = `${text.slice(0, date.start)} ${text.slice(date.end)}`.split(/[\s,.|·•–—-]+/u).filter((w) => w !== '');
  return rest.every((w) => isWeekdayName(w) || /^\p{Nd}{1,2}[:.h]\p{Nd}{2}$/u.test(w) || /^\p{Nd}{1,2}$/u.test(w));
}

/** Whether `word` stands in a breadcrumb of the page: beside a crumb separator ("Home › Politik", "Start / Politik"). */
function inBreadcrumb(word: string, lines: readonly SourceLine[]): boolean {
  return lines.some(
    (l) =>
      l.text.includes(word) &&
      literalPlaces(l.text, word).some((at) => {
        const end = at + word.length;
        return (separatorBefore(l.text, at, '›»>/|') && opensAt(l.text, end, NO_WORD_CHAR_NEXT)) || (!endsBefore(l.text, at, WORD_CHAR_LAST) && opensAt(l.text, end, SEPARATOR_NEXT));
      }),
  );
}

/** A letter, mark or figure ending a text. */
const WORD_CHAR_LAST = /[\p{L}\p{M}\p{N}]$/u;
/** No letter, mark or figure where it stands (sticky). */
const NO_WORD_CHAR_NEXT = /(?![\p{L}\p{M}\p{N}])/uy;
/** A crumb's separator after white space, if any (sticky). */
const SEPARATOR_NEXT = /\s*[›»>/|]/uy;

/**
 * Whether the page treats a lone top line's `name` as a section's label, not a site's: it stands after a crumb's
 * separator in a breadcrumb ("Home › Local News", "Start / Lokales") or the page writes it in lower case as a common
 * phrase ("for more local news, subscribe"). A site's name may open a breadcrumb in the home link's place ("Harbour
 * Ledger › News") and keeps its capitals wherever it stands.
 */
export function namedAsSection(name: string, lines: readonly SourceLine[]): boolean {
  const crumb = (text: string) => literalPlaces(text, name).some((at) => separatorBefore(text, at, '›»>/') && opensAt(text, at + name.length, NO_WORD_CHAR_NEXT));
  return lines.some((l) => l.text.includes(name) && crumb(l.text)) || writtenLower(name, lines);
}

/** The lone word on the first of `filled` (the page's non-empty lines), as the module comment reads it; null otherwise. */
export function loneWordMastheadFind(filled: readonly SourceLine[], stopwords: ReadonlySet<string>, dates: HeaderDates = headerDates()): OutletFind | null {
  const [first, next] = filled;
  if (!first || !next) return null;
  const word = first.text.trim();
  if (/\s/u.test(word) || word.length < 3 || word.length > 30 || !isCased(word) || !/^\p{Lu}/u.test(word) || !/\p{Ll}/u.test(word)) return null;
  if (!/^[\p{L}\p{M}\p{N}.&'’-]+$/u.test(word) || endsSentence(word) || !isOutletName(word, stopwords) || stopwords.has(word.toLowerCase())) return null;
  if (isHomeLink(word) || classifyFurniture(word) !== null || (/\p{N}/u.test(word) && dates(word) !== null)) return null;
  const others = filled.slice(1);
  if (others.some((l) => foldName(l.text) === foldName(word)) || inBreadcrumb(word, others) || writtenLower(word, others)) return null;
  // The line under it is the day's date and little else: a paper's front line ("Nordkuriren" over "Fredag 5 december
  // 2026"). A kicker stands over a headline or the story's text, a menu's head over its entries.
  if (!dateLine(next.text, dates)) return null;
  return { value: word, line: first.n, kind: 'masthead', text: first.text, weight: 2 };
}
