/**
 * A story's first sentence glued to the date line over it: "December 6, 2026 The navy has ordered…", "By Jane Doe |
 * 6 December 2026 The navy…", "Sunday, 6 Dec 2026, 10:15 AM The navy…". The scraper ran the date's element into the
 * first paragraph's, so the date is lost to the date reader and the paragraph opens with furniture. Split from
 * glued-lines.ts, which splits numeric date markers ("date 2019-03-04 …"); this reads a date written with a month name
 * too, so it asks for more evidence: the part before the split reads as a dateline on its own line (header-lines.ts),
 * with a full day and a year, and the part after it is running prose that opens a sentence. A sentence that opens with a
 * date ("On 4 March 2019 Minsk said…", "6 December 2026 was…") is no dateline and no glue: nothing is split.
 * The date line's end is found by walking its words after the year while they still read as the date's (a year's mark
 * "р.", a connector and a time "ore 14:32", a weekday, a day and month after a year written first "2026. március 12."),
 * so no language's date order is written out here; the date reader then reads the whole head.
 */
import type { FindOptions } from '../dates/date-find';
import { isMonthName } from '../dates/month-names';
import { NUMERIC_DATE_SHAPE } from '../dates/numeric-dates';
import { isWeekdayName } from '../dates/weekday-names';
import { matchByline, matchDateline } from './header-lines';
import { matchBareName } from './byline';
import { isProse } from './text-shape';

/** A year in figures (1800–2099), or a year's figures with 年 or 년 after them: where a date line may end or start. Cheap. */
const YEAR = /(?<!\p{N})(?:1[89]|20)\d\d(?!\p{N})|\d\s*[年년]/u;

/** Letters of scripts written without spaces between words in a sentence (Han, kana): a space after a date there parts two elements. */
const UNSPACED_LEAD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A date line that ends in its year, or in a time after it ("5 ديسمبر 2026", "5 Dec 2026, 10:15 AM"): the day came before the year. */
const YEAR_LAST = /(?<!\p{N})(?:1[89]|20)\d\d\.?(?:\s*(?:[,|·•–—-]\s*)?\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?)?$/u;

/** Tokens a date line may hold after its year, at most: a day and month (year first), a weekday, a connector, a time and its suffix. */
const MAX_TAIL = 6;

/** A clock time: "14:32", "14.32", "14h32", "2:32pm", "14時05分". */
const CLOCK = /^\d{1,2}(?:[:.h]\d{2}|時)/u;

/** A time's am or pm: "pm", "PM", "p.m.". */
const MERIDIEM = /^[AaPp]\.?[Mm]\.?$/u;

/** The token's word, without the punctuation around it ("(14:32)," → "14:32", "Perşembe," → "Perşembe"; a closing dot stays). */
const wordOf = (token: string) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '');

/**
 * Whether a token after the year still belongs to the date line, read with its neighbours so that no word that may open a
 * sentence is taken for the date's on its own ("Sunday Times…", "April Ryan…", "UN Secretary-General…", "12 Ukrainian soldiers…",
 * "St. Mary…" all open the sentence): bare separators ("|", "–"); a clock time ("14:32"); a figure only as a day after a month's
 * name or a connector ("március 12.", "gada 12."), before a time's am/pm ("2 PM") or with a unit written on it ("12일"); a
 * month's name only before a figure or after a day (a date written year first, "2026. március 12."); a weekday only closed
 * by a comma or before a figure or a separator ("Perşembe 14:32", "Sat.,"); a year's mark straight after the year ("р.", "г.",
 * "m."); a short word in lower case only before a figure (a connector before the time: "ore 14:32", "at 2:32", "klo 14.32",
 * "gada 12.") or as a time's unit after one ("14:32 h"); a time's am/pm or zone in capitals after a figure or an am/pm ("PM",
 * "WIB", "AM EST"); a short capitalised word straight after a clock time with a capitalised function word after it ("Uhr").
 */
function isDateToken(tokens: readonly string[], j: number, year: number, stopwords: ReadonlySet<string>): boolean {
  const [token, previous, next] = [tokens[j]!, wordOf(tokens[j - 1]!), wordOf(tokens[j + 1] ?? '')];
  const word = wordOf(token);
  const figureNext = /\p{N}/u.test(next) || next === '';
  if (!/\p{L}|\p{N}/u.test(token)) return true;
  if (/\p{N}/u.test(word)) {
    return CLOCK.test(word) || /\p{L}/u.test(word) || MERIDIEM.test(next) || isMonthName(previous) || (/^\p{Ll}/u.test(previous) && !/\p{N}/u.test(previous));
  }
  if (isMonthName(word)) return figureNext || /^\d{1,2}\.?$/u.test(previous);
  if (isWeekdayName(word)) return /,$/u.test(token) || figureNext || !/\p{L}|\p{N}/u.test(next);
  if (/^\p{Ll}{1,4}\.$/u.test(word) && j === year + 1) return true;
  if (/^\p{Ll}[\p{Ll}\p{M}.]{0,4}$/u.test(word)) return figureNext || (/^\p{Ll}{1,3}\.?$/u.test(word) && CLOCK.test(previous));
  if (MERIDIEM.test(word)) return /\p{N}/u.test(previous);
  // "14:32 Uhr Der Hafenrat…", "10:15 AM EST The harbour…": a time's unit or zone after a clock is the time's own when a
  // capitalised function word follows it; "14:32 The Hague…", "14:32 UN Secretary-General…" open the sentence with it.
  const openerNext = /^\p{Lu}\p{Ll}*$/u.test(next) && stopwords.has(next.toLowerCase());
  return (CLOCK.test(previous) || MERIDIEM.test(previous)) && /^(?:\p{Lu}\p{Ll}{1,2}|\p{Lu}{2,4})\.?$/u.test(word) && openerNext;
}

/** A word in lower case of two letters or more, with no dot and no time's am/pm: a connector ("at", "ore", "à") that needs what follows it. */
const isOpenConnector = (word: string) => /^\p{Ll}{2,}$/u.test(word) && !/^[ap]m$/u.test(word) && !isMonthName(word) && !isWeekdayName(word);

/**
 * Where the date line on a line's head may end, farthest first: the offsets before each word that opens with a capital (or a
 * letter of a script without case) among the words after the first year in the line's first dozen, walking on only while
 * the words still read as the date's (isDateToken). Empty when the head holds no year.
 */
function dateLineEnds(text: string, stopwords: ReadonlySet<string>): number[] {
  // Most lines hold no year in their head: the one regex test spares them the split into words.
  if (!YEAR.test(text.slice(0, 160))) return [];
  const tokens = text.slice(0, 160).split(' ');
  const year = tokens.findIndex((t, i) => i < MAX_HEAD_WORDS && YEAR.test(t));
  if (year < 0) return [];
  const ends: number[] = [];
  let offset = tokens.slice(0, year + 1).join(' ').length + 1;
  // Two short words in lower case at most ("at … pm", "godz.", "р."): three of them are a sentence's words.
  let lower = 0;
  for (let j = year + 1; j < tokens.length && j <= year + MAX_TAIL; j++) {
    const token = tokens[j]!;
    if (/^[\p{Lu}\p{Lo}]/u.test(token)) ends.unshift(offset);
    if (/^\p{Ll}/u.test(token) && !/\p{N}/u.test(token)) lower++;
    if (lower > 2 || !isDateToken(tokens, j, year, stopwords)) break;
    offset += token.length + 1;
  }
  return ends;
}

/** Words a date line glued to a lead may hold at most: a label or byline, a weekday, a date and a time. */
const MAX_HEAD_WORDS = 12;

/** Field separators a date line ends or parts its fields with. */
const SEPARATORS = /[\s|·•,–—-]+$/u;

/**
 * What stands before the date on its line: nothing, a label closed by a colon or a separator ("Published:", "World |"),
 * or a byline or a bare name ("By Jane Doe |", "Jane Doe"). A word that opens a sentence ("On", "Since") is none of
 * these, and neither is a place closed by a comma ("NEW YORK, 6 Dec 2026 — …"): that is the story's own dateline. A name
 * ends in a capitalised word: "Depuis le" before a date is a sentence's preposition and article, though the name reader takes it.
 */
function isDateLineHead(head: string): boolean {
  const h = head.trim();
  if (h === '' || /[:：|·•–—]$/u.test(h)) return true;
  const name = h.replace(SEPARATORS, '');
  return !h.endsWith(',') && (matchByline(name) !== null || (matchBareName(name) !== null && !/\s\p{Ll}+$/u.test(name)));
}

/**
 * A field label of a word or two before the date ("Updated", "Aggiornato il", "Veröffentlicht am") when a capitalised function
 * word opens the rest ("The", "Il", "Der"): mid-sentence no function word takes a capital, so the sentence starts there and
 * the words before the date are the field's. A sentence that opens with a date goes on in lower case or with a name ("Since 5
 * December 2026 Passengers have…"), and a place closed by a comma is the story's own dateline. The function word must open a
 * sentence, not a name: a capitalised word after it ("The Times", "Le Monde", "Il Sole") is a title the sentence before it may
 * name ("Depuis le 5 décembre 2026 à 14h32 Le Monde rapporte…"), so only a word in lower case after it ("The harbour", "Il
 * consiglio") says sentence.
 */
function isLabelBeforeSentence(head: string, prefix: string, rest: string, stopwords: ReadonlySet<string>): boolean {
  const first = /^\p{Lu}\p{Ll}*(?=\s+\p{Ll})/u.exec(rest)?.[0];
  const words = head.trim().split(/\s+/u);
  if (first === undefined || !stopwords.has(first.toLowerCase()) || words.length > 2 || !/^\p{Lu}/u.test(head) || /[,;]$/u.test(head.trim())) return false;
  // A preposition alone before the date ("On", "Le", "Am") opens a sentence as often ("On 5 March 2026 The Times said…"): a
  // clock time after the date ("Le 12 mars 2026 à 14h32 Le conseil…") says field, not sentence.
  return !words.every((w) => stopwords.has(w.toLowerCase())) || CLOCK_IN.test(prefix);
}

/** A clock time anywhere in a date line: "14:32", "14h32", "2.32 pm". */
const CLOCK_IN = /(?<!\p{N})\d{1,2}[:h]\d{2}(?!\p{N})/u;

/**
 * The line's two parts, the date line and the sentence glued to it, or null (see the module comment). `options` are the
 * date reader's.
 */
export function splitDatedLead(text: string, options: FindOptions = {}, stopwords: ReadonlySet<string> = new Set()): string[] | null {
  // A date and a sentence: in Han or kana a sentence of prose takes thirty characters or so.
  if (text.length < 30) return null;
  for (const at of dateLineEnds(text, stopwords)) {
    const [prefix, rest] = [text.slice(0, at).replace(SEPARATORS, ''), text.slice(at)];
    // A date closed by a colon heads an entry of a chronology in the story ("12 March 2026: The board votes…"), no date line;
    // one closed by a connector ("12 March 2026 at The Hague…") goes on into the sentence (a time's "h", "р.", "pm" close dates).
    if (/[:：]$/u.test(prefix) || isOpenConnector(prefix.slice(prefix.lastIndexOf(' ') + 1))) continue;
    // A date line is a few fields and names its month or writes a numeric date (numeric markers alone are glued-lines.ts's): a
    // year after a dozen words or with neither before it stands in a sentence ("In 2025 Russia…"), and the date reader is not asked.
    const head = prefix.split(/\s+/u);
    if (head.length > MAX_HEAD_WORDS || !(head.some(isMonthName) || NUMERIC_DATE_SHAPE.test(prefix))) continue;
    // The rest is a paragraph on its own: running prose that opens with a capital, not a reading time or a counter. In a
    // script without case it opens with a letter; a numeric date or one written year first ("2026년 3월 12일 …") may open a
    // sentence there, so only where the day and the month's name come before the year, or a space parts the date from Han or kana text.
    if (!isProse(rest) || /^\p{Ll}/u.test(rest)) continue;
    if (!/^\p{Lu}/u.test(rest) && !UNSPACED_LEAD.test(rest) && !(head.some(isMonthName) && YEAR_LAST.test(prefix))) continue;
    // What stands before the date is read first: it is cheap, and a sentence's opening ("On 4 March 2019 Minsk…") ends it.
    if (!isDateLineHead(headBeforeDate(prefix)) && !isLabelBeforeSentence(headBeforeDate(prefix), prefix, rest, stopwords)) return null;
    const dateline = matchDateline(prefix, options);
    if (dateline && dateline.date.day !== null && dateline.date.year !== null) return [prefix, rest.trim()];
  }
  return null;
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
