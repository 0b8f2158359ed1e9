/**
 * Every date expression in one sentence: calendar dates (dates/date-find, any language), seasons, decades,
 * ranges, relative expressions and bare years, with overlaps settled so each stretch of
 * text is read once, by the most specific reader.
 */
import { findCalendarDates } from './calendar-dates';
import { findBareYears, findPeriods } from './periods';
import type { DateHit } from './raw-date';
import { findRelative } from './relative';

const overlaps = (a: DateHit, b: DateHit) => a.index < b.index + b.text.length && b.index < a.index + a.text.length;

/** The date expressions of `sentence` in text order; earlier readers in the list win overlaps. */
export function findDates(sentence: string, languages: readonly string[] = []): DateHit[] {
  const kept: DateHit[] = [];
  // Periods first: "winter of 2013" must not be read as the bare year 2013, nor "March-April of 2014" as 2014.
  for (const group of [findPeriods(sentence), findCalendarDates(sentence, languages), findRelative(sentence), findBareYears(sentence)]) {
    for (const hit of group) if (!kept.some((k) => overlaps(k, hit))) kept.push(hit);
  }
  return kept.sort((a, b) => a.index - b.index);
}
