/**
 * The one ordering of articles by publication date, shared by the timeline, previous/next
 * links and tag pages: newest first, dated before undated, ties broken by id so the
 * order never depends on file-system order.
 */
import { isoParts } from '../dates/partial-date';
import type { DateFact } from '../schema';

export type Dated = { id: string; datePublished: DateFact };

/** `[year, month, day]` with unknown parts as 0, or null for an undated article. */
export function dateParts(fact: DateFact): [number, number, number] | null {
  if (fact.value === null) return null;
  const { year, month, day } = isoParts(fact.value);
  return [year, month ?? 0, day ?? 0];
}

/** Comparator: newest first; a month-only date sorts after that month's dated days; undated last, by id. */
export function newestFirst(a: Dated, b: Dated): number {
  const pa = dateParts(a.datePublished);
  const pb = dateParts(b.datePublished);
  if (pa && !pb) return -1;
  if (!pa && pb) return 1;
  if (pa && pb) {
    for (let i = 0; i < 3; i++) {
      const d = (pb[i] ?? 0) - (pa[i] ?? 0);
      if (d !== 0) return d;
    }
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A sorted copy, newest first. */
export function sortNewestFirst<T extends Dated>(articles: readonly T[]): T[] {
  return [...articles].sort(newestFirst);
}
