/**
 * A story's first sentence glued to the date line over it: "December 6, 2026 The navy has ordered…", "By Jane Doe |
 * 6 December 2026 The navy…", "Sunday, 6 Dec 2026, 10:15 AM The navy…". The scraper ran the date's element into the
 * first paragraph's, so the date is lost to the date reader and the paragraph opens with furniture. Split from
 * glued-lines.ts, which splits numeric date markers ("date 2019-03-04 …"); this reads a date written with a month name
 * too, so it asks for more evidence: the part before the split reads as a dateline on its own line (header-lines.ts),
 * with a full day and a year, and the part after it is running prose that opens a sentence. A sentence that opens with a
 * date ("On 4 March 2019 Minsk said…", "6 December 2026 was…") is no dateline and no glue: nothing is split.
 */
import type { FindOptions } from '../dates/date-find';
import { isMonthName } from '../dates/month-names';
import { isWeekdayName } from '../dates/weekday-names';
import { matchByline, matchDateline } from './header-lines';
import { matchBareName } from './byline';
import { isProse } from './text-shape';

/**
 * A year, optionally a time after it ("10:15", "10.15", "10:15 AM"), the separators after them, and a capital (or a
 * letter of a script without case) opening the next words: where a date line may run into a sentence. Cheap: it is
 * tried on a line's first hundred characters before any date is read.
 */
const YEAR_THEN_LETTER =
  /(?<!\p{N})(?:1[89]|20)\d\d(?!\p{N})\.?(?:\s*(?:[,|·•–—-]\s*)?\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?)?[\s|·•,–—-]+(?=\p{Lu}|\p{Lo})/u;

/** Words a date line glued to a lead may hold at most: a label or byline, a weekday, a date and a time. */
const MAX_HEAD_WORDS = 12;

/** Field separators a date line ends or parts its fields with. */
const SEPARATORS = /[\s|·•,–—-]+$/u;

/**
 * What stands before the date on its line: nothing, a label closed by a colon or a separator ("Published:", "World |"),
 * or a byline or a bare name ("By Jane Doe |", "Jane Doe"). A word that opens a sentence ("On", "Since") is none of
 * these, and neither is a place closed by a comma ("NEW YORK, 6 Dec 2026 — …"): that is the story's own dateline.
 */
function isDateLineHead(head: string): boolean {
  const h = head.trim();
  if (h === '' || /[:：|·•–—]$/u.test(h)) return true;
  const name = h.replace(SEPARATORS, '');
  return !h.endsWith(',') && (matchByline(name) !== null || matchBareName(name) !== null);
}

/**
 * The line's two parts, the date line and the sentence glued to it, or null (see the module comment). `options` are the
 * date reader's.
 */
export function splitDatedLead(text: string, options: FindOptions = {}): string[] | null {
  if (text.length < 60) return null;
  const m = YEAR_THEN_LETTER.exec(text.slice(0, 120));
  if (!m) return null;
  const at = m.index + m[0].length;
  const [prefix, rest] = [text.slice(0, at).replace(SEPARATORS, ''), text.slice(at)];
  // A date line is a few fields and names its month (numeric dates are glued-lines.ts's): a year after a dozen words
  // or with no month's name before it stands in a sentence ("In 2025 Russia…"), and the date reader is not asked.
  const head = prefix.split(/\s+/u);
  if (head.length > MAX_HEAD_WORDS || !head.some(isMonthName)) return null;
  // The rest is a paragraph on its own: running prose that opens with a capital, not a reading time or a counter.
  if (!isProse(rest) || /^\p{Ll}/u.test(rest)) return null;
  // What stands before the date is read first: it is cheap, and a sentence's opening ("On 4 March 2019 Minsk…") ends it.
  if (!isDateLineHead(headBeforeDate(prefix))) return null;
  const dateline = matchDateline(prefix, options);
  return dateline && dateline.date.day !== null && dateline.date.year !== null ? [prefix, rest.trim()] : null;
}

/**
 * The words before the date's first word (a figure, a month's or a weekday's name): the date reader's span may take a
 * preposition in ("On 6 December 2026"), which is a sentence's word, not the date's.
 */
function headBeforeDate(prefix: string): string {
  const ws = prefix.split(/\s+/u);
  // A two-letter weekday is one only with its dot or comma ("Di.,"): bare, "On" is a preposition.
  const weekday = (w: string) => (/^\p{L}{3,}|[.,]$/u.test(w) ? isWeekdayName(w) : false);
  const at = ws.findIndex((w) => /\p{N}/u.test(w) || isMonthName(w) || weekday(w));
  return ws.slice(0, Math.max(0, at)).join(' ');
}
