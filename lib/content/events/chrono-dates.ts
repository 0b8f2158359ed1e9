/**
 * Calendar dates with a month name ("on 7 December", "Apr 12", "in April 2009",
 * "March-April of 2014"), read with chrono-node. English is always tried; another
 * locale is tried only when its month names occur in the sentence, so a story in
 * Russian or German is read without knowing its language beforehand.
 */
import * as chrono from 'chrono-node';
import type { DateHit, Point } from './raw-date';
import { plausibleYear } from './raw-date';

type Locale = { parser: chrono.Chrono; months: RegExp };

/** Month names (stems) per locale; a result whose text names no month is not a calendar date. */
const LOCALES: Locale[] = [
  // Capitalised names and abbreviations only: "may" the verb, "march" the verb and "decision" are not months.
  { parser: chrono.en.casual, months: /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/ },
  { parser: chrono.ru.casual, months: /(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)/i },
  { parser: chrono.uk.casual, months: /(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)/i },
  { parser: chrono.de.casual, months: /\b(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b/i },
  { parser: chrono.fr.casual, months: /\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/i },
];

/** What chrono knows for certain about one end of a result; implied values (its guesses) are dropped. */
function certain(components: chrono.ParsedComponents): Point | null {
  const month = components.isCertain('month') ? components.get('month') : null;
  if (month === null || month === undefined) return null;
  const year = components.isCertain('year') ? (components.get('year') ?? null) : null;
  const day = components.isCertain('day') ? (components.get('day') ?? null) : null;
  if (year !== null && !plausibleYear(year)) return null;
  return { year, month, day };
}

/** Characters either side of a month name that chrono reads ("on Tuesday, 7 December 2015" fits). */
const REACH = 32;

/**
 * Stretches of `sentence` around each month name, overlapping ones merged. chrono's cost grows
 * with the text it scans, and a date never reaches further than this from its month name.
 */
function windows(sentence: string, months: RegExp): { start: number; text: string }[] {
  const spans: [number, number][] = [];
  for (const m of sentence.matchAll(new RegExp(months.source, `${months.flags}g`))) {
    let start = Math.max(0, m.index - REACH);
    let end = Math.min(sentence.length, m.index + m[0].length + REACH);
    // Widen to whole words: a window must never cut "15" down to "1".
    while (start > 0 && /\S/.test(sentence[start - 1]!)) start--;
    while (end < sentence.length && /\S/.test(sentence[end]!)) end++;
    const last = spans.at(-1);
    if (last && start <= last[1]) last[1] = end;
    else spans.push([start, end]);
  }
  return spans.map(([start, end]) => ({ start, text: sentence.slice(start, end) }));
}

/** Month-bearing dates in `sentence`, from the first locale that finds any. */
export function findCalendarDates(sentence: string): DateHit[] {
  for (const { parser, months } of LOCALES) {
    if (!months.test(sentence)) continue;
    const hits = windows(sentence, months).flatMap((w) => readWindow(parser, months, w));
    if (hits.length) return hits;
  }
  return [];
}

/** The dates chrono finds in one window, placed back at their index in the sentence. */
function readWindow(parser: chrono.Chrono, months: RegExp, window: { start: number; text: string }): DateHit[] {
  // No reference date: chrono must not fill anything in from a clock.
  return parser.parse(window.text, { instant: new Date(0) }).flatMap((result): DateHit[] => {
    if (!months.test(result.text)) return [];
    const from = certain(result.start);
    if (!from) return [];
    const to = result.end ? certain(result.end) : null;
    const text = result.text.replace(/[\s,.;:]+$/, '');
    const index = window.start + result.index;
    if (!to || (to.month === from.month && to.day === from.day && to.year === from.year)) return [{ index, text, date: { kind: 'point', point: from } }];
    // "March-April of 2014": the year written once belongs to both ends.
    const year = from.year ?? to.year;
    return [{ index, text, date: { kind: 'range', from: { ...from, year }, to: { ...to, year: to.year ?? year } } }];
  });
}
