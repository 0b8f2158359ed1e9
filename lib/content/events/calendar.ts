/**
 * Small calendar arithmetic on UTC dates and ISO partial values. Dates only ever come
 * from the text or the publication date; nothing here reads a clock.
 */
import { isoParts, toIsoValue } from '../dates/partial-date';
import type { DateFact } from '../schema';

export type Granularity = 'day' | 'month' | 'year';

const pad = (n: number) => String(n).padStart(2, '0');

/** A UTC date from calendar parts (month 1-based); days overflow into the next month as Date.UTC does. */
export const utc = (year: number, month = 1, day = 1) => new Date(Date.UTC(year, month - 1, day));

/** The ISO value of `date` at `granularity`: `2017`, `2017-09` or `2017-09-18`. */
export function isoAt(date: Date, granularity: Granularity): string {
  const y = String(date.getUTCFullYear());
  if (granularity === 'year') return y;
  const m = `${y}-${pad(date.getUTCMonth() + 1)}`;
  return granularity === 'month' ? m : `${m}-${pad(date.getUTCDate())}`;
}

/** ISO value of calendar parts at the precision they have. */
export function isoOf(year: number, month: number | null, day: number | null): string {
  return toIsoValue({ year, month, day })!;
}

/** The publication date as a span of days with its granularity, or null when the story is undated. */
export type Published = { first: Date; last: Date; granularity: Granularity; year: number; month: number | null; day: number | null };

/** Reads a publication DateFact; null unless its year is known. */
export function publishedSpan(fact: DateFact): Published | null {
  if (fact.value === null) return null;
  const { year, month, day } = isoParts(fact.value);
  if (month === null) return { first: utc(year), last: utc(year, 12, 31), granularity: 'year', year, month: null, day: null };
  if (day === null) return { first: utc(year, month), last: utc(year, month + 1, 0), granularity: 'month', year, month, day: null };
  return { first: utc(year, month, day), last: utc(year, month, day), granularity: 'day', year, month, day };
}

/** `date` moved by whole days, months or years (negative = back). */
export function shift(date: Date, amount: number, unit: 'day' | 'month' | 'year'): Date {
  if (unit === 'day') return utc(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate() + amount);
  if (unit === 'month') return utc(date.getUTCFullYear(), date.getUTCMonth() + 1 + amount, 1);
  return utc(date.getUTCFullYear() + amount, date.getUTCMonth() + 1, 1);
}

/** Monday of the calendar week containing `date`. */
export function weekStart(date: Date): Date {
  return shift(date, -((date.getUTCDay() + 6) % 7), 'day');
}

/** The coarser of two granularities. */
export function coarser(a: Granularity, b: Granularity): Granularity {
  const order: Granularity[] = ['day', 'month', 'year'];
  return order[Math.max(order.indexOf(a), order.indexOf(b))]!;
}
