/**
 * Dates for machines (Open Graph, JSON-LD, feeds, sitemap) without inventing
 * precision: a month-only date stays `2017-09` wherever ISO 8601 allows it, and
 * where a format demands a full instant we take the first instant of the known
 * period and say so in words (worded by lib/describe-date, like every date a reader sees).
 */
import { partsFromIso } from '@/lib/content/dates/partial-date';
import type { DateFact } from '@/lib/content/schema';
import { dateInWords } from '@/lib/describe-date';

/** The ISO 8601 value at its real precision (`2017`, `2017-09`, `2017-09-18`), or null when no year is known. */
export function isoAtPrecision(fact: DateFact | null | undefined): string | null {
  return fact?.value ?? null;
}

/** The first UTC instant of the period an ISO partial date names (`2017-09` → 2017-09-01T00:00:00Z). */
export function earliestInstant(value: string): Date {
  const parts = partsFromIso(value);
  if (!parts || parts.year === null) throw new Error(`not an ISO partial date: ${value}`);
  return new Date(Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1));
}

/**
 * What a feed reader must be told when its timestamp is wider than the truth:
 * null for a day-precise date, a sentence otherwise.
 */
export function precisionNote(fact: DateFact | null | undefined): string | null {
  const words = dateInWords(fact);
  if (!fact || !words) return 'Date unknown: the source gives no year, so this entry carries no publication date.';
  if (fact.precision === 'day') return null;
  const unit = fact.precision === 'month' ? 'month' : 'year';
  return `Published ${words}; only the ${unit} is known, so the timestamp is the first instant of that ${unit}.`;
}
