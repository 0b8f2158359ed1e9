/**
 * Groups articles into a timeline by publication date at each date's real precision:
 * a day-dated story sits on its day, a month-only story at its month, a year-only story
 * at its year, and undated stories in a group of their own.
 */
import { dateParts, sortNewestFirst, type Dated } from './publication-order';

export type TimelineMonth<T> = {
  month: number;
  /** Stories dated to a day in this month, newest first. */
  days: T[];
  /** Stories known only to this month. */
  monthOnly: T[];
};

export type TimelineYear<T> = {
  year: number;
  months: TimelineMonth<T>[];
  /** Stories known only to this year. */
  yearOnly: T[];
};

export type Timeline<T> = {
  years: TimelineYear<T>[];
  /** Stories with no year (a yearless "12 April" included), by id. */
  undated: T[];
};

/** Builds the timeline of `articles` (any order in, newest year and month first out). */
export function groupTimeline<T extends Dated>(articles: readonly T[]): Timeline<T> {
  const years: TimelineYear<T>[] = [];
  const undated: T[] = [];
  for (const article of sortNewestFirst(articles)) {
    const parts = dateParts(article.datePublished);
    if (!parts) {
      undated.push(article);
      continue;
    }
    const [year, month, day] = parts;
    let y = years.at(-1);
    if (!y || y.year !== year) {
      y = { year, months: [], yearOnly: [] };
      years.push(y);
    }
    if (month === 0) {
      y.yearOnly.push(article);
      continue;
    }
    let m = y.months.at(-1);
    if (!m || m.month !== month) {
      m = { month, days: [], monthOnly: [] };
      y.months.push(m);
    }
    (day === 0 ? m.monthOnly : m.days).push(article);
  }
  return { years, undated };
}

/** Number of stories per year, oldest year first, for a small sparkline-like summary. */
export function countByYear<T extends Dated>(articles: readonly T[]): { year: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const a of articles) {
    const parts = dateParts(a.datePublished);
    if (parts) counts.set(parts[0], (counts.get(parts[0]) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count }));
}
