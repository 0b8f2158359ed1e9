/**
 * Turns a date expression into an EventDate. A year the text does not give is taken
 * only from the story's publication date, and the reasoning is recorded; a relative
 * expression is resolved only against a known publication date and is approximate.
 * Without that evidence a yearless date stays partial and a relative one gets no date.
 */
import { monthName } from '../../describe-date';
import type { DateFact, EventDate } from '../schema';
import { coarser, type Granularity, isoAt, isoOf, type Published, publishedSpan, shift, utc, weekStart } from './calendar';
import type { DateHit, Point, Relative, Season } from './raw-date';

const SEASON_MONTHS: Record<Season, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 2] };

const blank = (text: string): EventDate => ({
  text, value: null, precision: 'year', start: null, end: null, partial: null, season: null, inferred: false, approximate: false, reasoning: null,
});

/** "21 June 2016", "June 2016" or "2016": the publication date in words for a reasoning string. */
function words(p: Published): string {
  if (p.month === null) return String(p.year);
  return `${p.day === null ? '' : `${p.day} `}${monthName(p.month)} ${p.year}`;
}

/** The year of a yearless month/day: the latest one on or before publication. */
function inferYear(month: number, day: number | null, p: Published): { year: number; reasoning: string } {
  const named = `${day === null ? '' : `${day} `}${monthName(month)}`;
  if (p.month === null) return { year: p.year, reasoning: `no year in the text; the story was published in ${p.year}, so ${named} ${p.year} is assumed` };
  const after = month > p.month || (month === p.month && day !== null && p.day !== null && day > p.day);
  const year = after ? p.year - 1 : p.year;
  return { year, reasoning: `no year in the text; the story was published ${words(p)}, so this is the latest ${named} on or before it: ${named} ${year}` };
}

function pointDate(text: string, point: Point, p: Published | null): EventDate {
  const { month, day } = point;
  const precision = day !== null ? 'day' : month !== null ? 'month' : 'year';
  if (point.year !== null) {
    const value = isoOf(point.year, month, day);
    return { ...blank(text), value, precision, start: value, end: value };
  }
  if (month === null) return blank(text); // a point always has a year or a month
  if (!p) return { ...blank(text), precision, partial: { month, day }, reasoning: 'no year in the text and the story has no known publication date' };
  const { year, reasoning } = inferYear(month, day, p);
  const value = isoOf(year, month, day);
  return { ...blank(text), value, precision, start: value, end: value, inferred: true, reasoning };
}

function rangeDate(text: string, from: Point, to: Point, p: Published | null): EventDate {
  let { year: fromYear } = from;
  let toYear = to.year;
  let reasoning: string | null = null;
  if (toYear === null && to.month !== null) {
    if (!p) return { ...blank(text), precision: 'range', partial: from.month === null ? null : { month: from.month, day: from.day }, reasoning: 'no year in the text and the story has no known publication date' };
    ({ year: toYear, reasoning } = inferYear(to.month, to.day, p));
  }
  if (toYear === null) return blank(text);
  fromYear ??= from.month !== null && to.month !== null && from.month > to.month ? toYear - 1 : toYear;
  return {
    ...blank(text), precision: 'range', start: isoOf(fromYear, from.month, from.day), end: isoOf(toYear, to.month, to.day), inferred: reasoning !== null, reasoning,
  };
}

/** A span of days expressed at `granularity`: a point when both ends fall in the same unit, else a range. */
function span(text: string, first: Date, last: Date, granularity: Granularity, reasoning: string): EventDate {
  const start = isoAt(first, granularity);
  const end = isoAt(last, granularity);
  const base = { ...blank(text), start, end, approximate: true, reasoning };
  return start === end ? { ...base, value: start, precision: granularity } : { ...base, precision: 'range' };
}

function relativeDate(text: string, relative: Relative, p: Published): EventDate {
  const why = `“${text}” counted back from the publication date, ${words(p)}`;
  if (relative.unit === 'recent') return span(text, p.first, p.last, coarser(p.granularity, 'month'), `“${text}”: around the publication date, ${words(p)}`);
  if (relative.unit === 'span') {
    const granularity = relative.years === 1 ? coarser(p.granularity, 'month') : 'year';
    return span(text, shift(p.first, -relative.years, 'year'), p.last, granularity, why);
  }
  if (relative.unit === 'week') {
    if (p.granularity === 'day') {
      const monday = shift(weekStart(p.first), -7 * relative.back, 'day');
      return span(text, monday, shift(monday, 6, 'day'), 'day', why);
    }
    return span(text, shift(p.first, -7 * relative.back, 'day'), shift(p.last, -7 * relative.back, 'day'), p.granularity, why);
  }
  const unit = relative.unit;
  const granularity = coarser(p.granularity, unit);
  const first = unit === 'month' ? shift(utc(p.year, p.month ?? 1), -relative.back, 'month') : shift(p.first, -relative.back, 'year');
  const last = unit === 'month' ? shift(utc(p.year, p.month ?? 12), -relative.back, 'month') : shift(p.last, -relative.back, 'year');
  return span(text, first, last, granularity, why);
}

/**
 * The EventDate of one date expression in a story published at `published`, or null for a
 * relative expression in an undated story (nothing known to count from).
 */
export function resolveDate(hit: DateHit, published: DateFact): EventDate | null {
  const p = publishedSpan(published);
  const { date, text } = hit;
  switch (date.kind) {
    case 'point':
      return pointDate(text, date.point, p);
    case 'range':
      return rangeDate(text, date.from, date.to, p);
    case 'season': {
      const [from, to] = SEASON_MONTHS[date.season];
      const endYear = to < from ? date.year + 1 : date.year;
      return {
        ...blank(text), value: String(date.year), precision: 'season', season: date.season, start: isoOf(date.year, from, null), end: isoOf(endYear, to, null),
        reasoning: date.season === 'winter' ? `winter ${date.year} read as December ${date.year} to February ${endYear}` : null,
      };
    }
    case 'decade':
      return { ...blank(text), precision: 'decade', start: String(date.from), end: String(date.to) };
    case 'relative':
      return p ? relativeDate(text, date.relative, p) : null;
  }
}
