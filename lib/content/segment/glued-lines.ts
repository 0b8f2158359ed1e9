/**
 * Lines the scraper glued together, split by their shape so each part is
 * classified on its own: a site name, a section word and a headline with no
 * space between them ("NewsPortalPolitics Minsk buys…"), a byline run into its
 * date ("Jan Novák12. 3. 2021"), a date marker run into the first sentence
 * ("date 2019-03-04 The army received…"), a date line run into it ("December 6, 2026 The navy…",
 * glued-dated-lead.ts), a byline run into it ("By Jane Doe The navy…", glued-byline-lead.ts). A split keeps every character of the
 * line and the line's number on every part; a sentence-like line is never split
 * at a case change, so no story text is cut on a guess.
 */
import { type FindOptions, type FoundDate, findDate, findDates } from '../dates/date-find';
import { NUMERIC_DATE_SHAPE } from '../dates/numeric-dates';
import type { SourceLine } from '../source/normalise';
import { matchDateline, matchStamp } from './header-lines';
import { splitDatedLead } from './glued-dated-lead';
import { splitBylineLead } from './glued-byline-lead';
import { stopwordsFor } from './line-evidence';
import { isProse, isTitleShaped, wordCount, words } from './text-shape';

/** What the page itself tells about glue: names it gives its outlet, and its menu lines (folded). */
export type GlueHints = { outlets: readonly string[]; menu: ReadonlySet<string> };

const fold = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ').trim();
// No `i` flag: with it \p{Lu} matches lower case too.
const CASE_CHANGE = /(?<=\p{Ll})(?=\p{Lu})/gu;

/** Splits a run of words glued at case changes: "NewsPortalPolitics" → ["NewsPortal", "Politics"] when the page names them. */
function splitToken(token: string, hints: GlueHints): string[] | null {
  const pieces = token.split(CASE_CHANGE);
  if (pieces.length < 2) return null;
  const known = (s: string) => hints.menu.has(fold(s)) || hints.outlets.some((o) => fold(o) === fold(s));
  const out: string[] = [];
  let i = 0;
  while (i < pieces.length) {
    // The longest run of pieces the page knows as its outlet or a menu line.
    let j = pieces.length;
    while (j > i + 1 && !known(pieces.slice(i, j).join(''))) j -= 1;
    out.push(pieces.slice(i, j).join(''));
    i = j;
  }
  const recognised = out.filter(known).length;
  // One case change is also a brand's shape ("WhatsApp", "BelarusDigest"): it splits only where the page knows a part.
  if (recognised === 0 && pieces.length < 3) return null;
  return recognised > 0 ? out : pieces;
}

/** A section word the page lists as a menu line, left at the head of a split-off rest: "Politics Minsk orders…". */
function splitMenuWord(rest: string, hints: GlueHints): string[] {
  const m = rest.match(/^(\S+)\s+(\S.*)$/u);
  return m && hints.menu.has(fold(m[1]!)) ? [m[1]!, m[2]!] : [rest];
}

/** The head of a line glued at case changes or after a known outlet name, as separate parts. */
function splitHead(text: string, hints: GlueHints): string[] | null {
  if (isProse(text)) return null;
  // Longest name first: "Example News" before "Example".
  for (const outlet of [...hints.outlets].sort((a, b) => b.length - a.length)) {
    // "Example NewsPolitics…": the outlet name runs straight into the next word.
    if (text.startsWith(outlet) && /^[\p{L}\p{N}]/u.test(text.slice(outlet.length)) && !/^\p{Ll}/u.test(text.slice(outlet.length))) {
      const rest = text.slice(outlet.length);
      return [outlet, ...(splitHead(rest, hints) ?? splitMenuWord(rest, hints))];
    }
  }
  const m = text.match(/^(\S+)(\s+.*)?$/u);
  if (!m) return null;
  const pieces = splitToken(m[1]!, hints);
  if (!pieces) return null;
  const rest = (m[2] ?? '').trim();
  if (rest === '') return pieces;
  // The last piece belongs to the words after it unless the page knows it as a section: "NewsPortalPolitics Minsk…".
  const last = pieces.at(-1)!;
  return hints.menu.has(fold(last)) ? [...pieces, rest] : [...pieces.slice(0, -1), `${last} ${rest}`];
}

const TIME_AFTER = /^\.?\s*(?:[,|·•–—-]\s*)?(?:\d{1,2}[:.h]\d{2}(?::\d{2})?|\d{1,2}\s*時\s*\d{1,2}\s*分)/u;

/** "Jan Novák12. 3. 2021": a letter runs straight into a date. Returns the two parts, or null. */
function splitNameDate(text: string, options: FindOptions): string[] | null {
  let dates: FoundDate[] | null = null;
  for (const m of text.matchAll(/\p{L}(?=\p{N})/gu)) {
    const at = m.index + 1;
    // A letter that belongs to a date ("2026年12月5日", "5. decembar 2026") is no glue; the line's dates are read once, when needed.
    dates ??= findDates(text, options);
    if (dates.some((d) => d.start < at && at < d.end)) continue;
    const found = findDate(text.slice(at), options);
    if (!found || found.start !== 0) continue;
    // A date (and its time) that ends the line was glued to whatever stands before it, a byline or a headline
    // ("…odbranu neba05.12.2026. 14:32", "…配備へ2026年12月5日 10時15分"); inside a line, only to a short name.
    const tail = text.slice(at + found.end);
    const endsLine = tail.replace(TIME_AFTER, '').replace(/^[\s.,|·•–—-]+/u, '') === '';
    const head = text.slice(0, at);
    if (!isProse(head) && (endsLine || words(head).length <= 6)) return [head.trim(), text.slice(at).trim()];
  }
  return null;
}

/**
 * "date 2019-03-04 The army received…": a date at the head of a line (after at most a two-word
 * label), then text that starts a new sentence with a capital. Returns the marker and the text.
 */
function splitDateMarker(text: string, options: FindOptions): string[] | null {
  if (text.length < 40 && wordCount(text) < 10) return null;
  // Only a numeric date with a year is a marker (below), and every such shape holds NUMERIC_DATE_SHAPE (a 년 date fails the span test below):
  // without one, no reading of the head can be a marker, so it is not read (the line's month words would each run chrono).
  if (!NUMERIC_DATE_SHAPE.test(text.slice(0, 60))) return null;
  const found = findDate(text.slice(0, 60), options);
  if (!found || words(text.slice(0, found.start)).length > 2 || /\p{Sentence_Terminal}/u.test(text.slice(0, found.start))) return null;
  // Only a numeric date is a marker ("2019-03-04", "04.03.2019"): "On 4 March Minsk said…" opens a sentence.
  if (!/^[\d\s./\-年月日]+$/u.test(text.slice(found.start, found.end)) || found.parts.year === null) return null;
  const time = text.slice(found.end).match(TIME_AFTER);
  const end = found.end + (time?.[0].length ?? 0);
  const rest = text.slice(end).replace(/^[\s|·•,–—-]+/u, '');
  // The rest opens a sentence: a capital (or a letter of a caseless script), then running words.
  if (!/^\p{L}/u.test(rest) || /^\p{Ll}/u.test(rest) || words(rest).filter((w) => /^\p{L}+$/u.test(w)).length < 5) return null;
  // Running words, not a ticker or counters ("USD 2,1380 EUR 2,4190", "Просмотры 2 345"): almost no figures.
  if (rest.replace(/[\p{L}\p{M}\s]/gu, '').length > rest.length * 0.1) return null;
  // A date opening a sentence with no label ("4 March 2019 was…") is caught by the lower case above; with no label
  // in a caseless script there is no telling, so a label is needed there.
  // A time after the date marks it too ("2026年12月5日 10時15分防衛省は…"): no sentence opens with a date and a time run into it.
  if (found.start === 0 && !/^\p{Lu}/u.test(rest) && !time) return null;
  return [text.slice(0, end).trim(), rest];
}

/** A line that ends in a year, or a year and a time after it: "… 12 March 2024", "… March 12, 2024, 14:32". */
const YEAR_AT_END = /(?<!\p{N})(?:1[89]|20)\d\d\.?(?:,?\s*\d{1,2}[:.h]\d{2})?\s*$/u;

/** Every stopword list at once: a head that ends in a function word of any language runs on into its date. */
let allStopwords: ReadonlySet<string> | null = null;

/**
 * "駅前の再開発計画がまとまる 2024年3月12日 14時05分": a headline with its date (and time) set after it on one line.
 * Split when the date is written in figures with a year and ends the line, the head is title-shaped (three words or more, no sentence,
 * not ending in a function word that would carry a sentence into the date) and the whole line is no dateline. Below a line of
 * running text (`inText`), a line that reads as a sentence with its date and full stop ("The crew lifted the ramp back 02.04.2024.")
 * is the story's, not a headline: it stays whole, so its date is not cut from it. Above the first line of running text, a date
 * with a month's name is split off too when it ends the line in its year with its day ("Harbour board approves new pier 12
 * March 2024") and no function word opens its span or ends the head ("…arrived on 12 March 2024" stays whole).
 */
function splitTrailingDate(text: string, options: FindOptions, inText: boolean): string[] | null {
  if (text.length > 160 || (inText && isProse(text))) return null;
  // Only a date in figures with a year is split off, or above the text one that ends the line in its year (below): a line with
  // no such shape is not read for dates.
  const named = !inText && YEAR_AT_END.test(text);
  if (!named && !NUMERIC_DATE_SHAPE.test(text)) return null;
  const last = findDates(text, options).at(-1);
  if (!last || last.start === 0 || last.parts.year === null) return null;
  // A date written in figures; one with a month's name only above the story's text and with its day ("Harbour board approves
  // new pier 12 March 2024" in the header): in the text a month name may be a sentence's or a heading's own words ("…arrived
  // on 12 March 2024", "Timeline 12 March 2024"), and a function word before it is caught below.
  if (!/^[\d\s./\-年月日]+$/u.test(text.slice(last.start, last.end)) && !(named && last.parts.day !== null)) return null;
  if (text.slice(last.end).replace(TIME_AFTER, '').replace(/^[\s.,|·•–—-]+/u, '') !== '') return null;
  const head = text.slice(0, last.start).replace(/[\s|·•–—-]+$/u, '');
  const ws = words(head);
  allStopwords ??= stopwordsFor('und');
  // The date reader's span may take a preposition in ("on 12 March 2024"): the sentence's word, so the line runs on into its date.
  const opening = text.slice(last.start).trim().split(/\s+/u)[0]!;
  if (named && /^\p{L}/u.test(opening) && allStopwords.has(opening.toLowerCase())) return null;
  if (ws.length < 3 || isProse(head) || !isTitleShaped(head) || allStopwords.has(ws.at(-1)!.toLowerCase())) return null;
  if (matchDateline(text, options) || matchStamp(text, options)) return null;
  return [head, text.slice(last.start).trim()];
}

/**
 * The line's parts when it is glued (see the module comment); the line alone otherwise. `inText`: a line of running text
 * (isProse) stands above it on the page.
 */
export function splitGluedLine(text: string, hints: GlueHints, options: FindOptions = {}, inText = false): string[] {
  if (text.trim() === '' || text.length > 400) return [text];
  const head = splitHead(text.trim(), hints);
  const parts = head ?? [text];
  return parts
    .flatMap((p) => splitNameDate(p, options) ?? splitDateMarker(p, options) ?? splitDatedLead(p, options, (allStopwords ??= stopwordsFor('und'))) ?? splitTrailingDate(p, options, inText) ?? splitBylineLead(p, (allStopwords ??= stopwordsFor('und'))) ?? [p])
    .filter((p) => p.trim() !== '');
}

/** Every line with its glued parts split apart; each part keeps the line's number. */
export function splitGluedLines(lines: SourceLine[], hints: GlueHints, options: FindOptions = {}): SourceLine[] {
  let glued = false;
  let inText = false;
  const out = lines.flatMap((l) => {
    const parts = splitGluedLine(l.text, hints, options, inText);
    inText ||= isProse(l.text);
    if (parts.length === 1) return [l];
    glued = true;
    return parts.map((text) => ({ n: l.n, text }));
  });
  // The same array when nothing was glued, so callers can tell without comparing lines.
  return glued ? out : lines;
}
