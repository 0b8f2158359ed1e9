/**
 * The one chrono-node wrapper. chrono reads dates with a month name ("Apr 12",
 * "5 de marzo de 2019", "в марте 2014 года", "2019年3月4日") in every locale it ships;
 * it is run only on short windows around a month word of its locale (month-names.ts),
 * and a result counts only when its own words name that month, so "today", "Friday"
 * or "10:15" are never dates. Only what chrono is certain of is kept: its implied
 * values (a year from the reference instant) are dropped, and the reference is a fixed
 * instant, never the build's clock.
 */
import * as chrono from 'chrono-node';
import { type CalendarParts, validParts } from './partial-date';
import { remembered } from '../bounded-memo';

/**
 * chrono's locales, by BCP 47 primary tag. Casual parsers: month-year and month ranges ("March-April of 2014")
 * are only there. Split by how the language writes a month: a word ("March", "марта"), which month-names.ts
 * reads first of all languages, or a sign after a number ("3月"), which the numeric shapes read (date-find.ts).
 */
const MONTH_WORD_PARSERS = {
  en: chrono.en.casual, de: chrono.de.casual, fr: chrono.fr.casual, es: chrono.es.casual, it: chrono.it.casual,
  nl: chrono.nl.casual, pt: chrono.pt.casual, sv: chrono.sv.casual, fi: chrono.fi.casual, id: chrono.id.casual,
  ru: chrono.ru.casual, uk: chrono.uk.casual,
} satisfies Record<string, chrono.Chrono>;
const MONTH_SIGN_PARSERS = { ja: chrono.ja.casual, zh: chrono.zh.hans.casual } satisfies Record<string, chrono.Chrono>;
const PARSERS = { ...MONTH_WORD_PARSERS, ...MONTH_SIGN_PARSERS };
export type ChronoLanguage = keyof typeof PARSERS;

/** True when chrono ships a parser for the language. */
export const chronoReads = (lang: string): lang is ChronoLanguage => lang in PARSERS;

/** Every locale chrono reads, month-word languages first, each group in the order written above. */
export const CHRONO_LANGUAGES: readonly ChronoLanguage[] = Object.keys(PARSERS).filter(chronoReads);

/** chrono's locales that write months as words, in order: the languages month-names.ts lists first. */
export const CHRONO_MONTH_WORD_LANGUAGES: readonly ChronoLanguage[] = Object.keys(MONTH_WORD_PARSERS).filter(chronoReads);

/** A date chrono found: the certain parts of its start (and end, for a range), where it stands, and whether a weekday was written. */
export type ChronoDate = { from: CalendarParts; to: CalendarParts | null; start: number; end: number; weekday: boolean };

// A fixed reference instant, so nothing chrono fills in can come from the build's clock.
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)) };
/** Characters either side of a month word that a date can reach ("on Tuesday, 7 December 2015" fits). */
const REACH = 32;

/**
 * True for a result's end that chrono computed from the reference instant: "2 ore fa", "ieri", "vor 3 Tagen" (a relative
 * or casual expression, which chrono tags so). Its parts are marked certain, yet they are the reference's, not the page's.
 */
const fromReference = (c: chrono.ParsedComponents) => [...c.tags()].some((t) => t.startsWith('result/relativeDate') || t.startsWith('casualReference/'));

/** What chrono knows for certain about one end of a result; null without a month, or when the end is read off the reference instant. */
function certain(c: chrono.ParsedComponents): CalendarParts | null {
  if (fromReference(c)) return null;
  const month = c.isCertain('month') ? c.get('month') : null;
  if (month === null || month === undefined) return null;
  return validParts({ year: c.isCertain('year') ? (c.get('year') ?? null) : null, month, day: c.isCertain('day') ? (c.get('day') ?? null) : null });
}

/** Stretches of `text` around each of `anchors` (indexes of month words), widened to whole words and merged. */
function windows(text: string, anchors: { index: number; length: number }[]): { start: number; text: string }[] {
  const spans: [number, number][] = [];
  for (const a of [...anchors].sort((x, y) => x.index - y.index)) {
    let start = Math.max(0, a.index - REACH);
    let end = Math.min(text.length, a.index + a.length + REACH);
    // A window must never cut "15" down to "1".
    while (start > 0 && /\S/.test(text[start - 1]!)) start--;
    while (end < text.length && /\S/.test(text[end]!)) end++;
    const last = spans.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else spans.push([start, end]);
  }
  return spans.map(([start, end]) => ({ start, text: text.slice(start, end) }));
}

/** chrono's results by locale and window, bounded: a header line is read by several finders (and a page's top lines twice), with the same window. */
const PARSED = new Map<string, readonly chrono.ParsedResult[]>();

/** `lang`'s parser on `window`, against the fixed reference: remembered, since the result depends on nothing else (it is only read). */
function parsed(lang: ChronoLanguage, window: string): readonly chrono.ParsedResult[] {
  return remembered(PARSED, 5_000, `${lang}\u0000${window}`, () => PARSERS[lang].parse(window, REFERENCE));
}

/** True when `words` hold a four-figure year (1900–2099) that neither end of the reading gives as its year. */
function leavesYearUnread(words: string, ends: readonly (CalendarParts | null)[]): boolean {
  const years = words.match(/(?<!\d)(?:19|20)\d\d(?!\d)/gu);
  return years !== null && !years.some((y) => ends.some((e) => e !== null && +y === e.year));
}

/**
 * True when the reading's year is written as one or two bare figures after the month ("abril 25" read as April 2025 by
 * chrono's Spanish): two figures after a month name are its day as often; a short year is written with its
 * apostrophe ("Mar '24") or beside a day.
 */
function yearFromTwoFigures(words: string, parts: CalendarParts): boolean {
  if (parts.year === null || words.includes(String(parts.year))) return false;
  // One figure too: chrono's Spanish and Portuguese read "abril 1" as April 2001.
  return new RegExp(`(?<![\\d'’])0?${parts.year % 100}(?!\\d)`, 'u').test(words);
}

/**
 * The dates chrono's `lang` parser reads around `anchors` in `text`. `names` says whether a
 * result's words name a month of that language; a result that does not is dropped.
 */
export function chronoDates(lang: ChronoLanguage, text: string, anchors: { index: number; length: number }[], names: (words: string) => boolean): ChronoDate[] {
  const found: ChronoDate[] = [];
  for (const w of windows(text, anchors)) {
    for (const r of parsed(lang, w.text)) {
      if (!names(r.text)) continue;
      // "2 ore fa - 12 marzo 2024": chrono reads a range from a relative time; only the end the page dates is kept.
      const [from, end] = fromReference(r.start) && r.end ? [certain(r.end), null] : [certain(r.start), r.end ? certain(r.end) : null];
      // A year's four figures read as days or a two-figure year ("2021 март 18" as 20–21 March, "2024-Junio-11" as June
      // 2011): a reading that leaves a four-figure year of its own words unused is chrono misreading the figures.
      if (!from || leavesYearUnread(r.text, [from, end]) || (from.day === null && yearFromTwoFigures(r.text, from))) continue;
      const same = end && end.year === from.year && end.month === from.month && end.day === from.day;
      const words = r.text.replace(/[\s,.;:]+$/u, '');
      found.push({ from, to: same ? null : end, start: w.start + r.index, end: w.start + r.index + words.length, weekday: r.start.isCertain('weekday') });
    }
  }
  return found;
}
