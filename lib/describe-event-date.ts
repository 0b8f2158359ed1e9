/**
 * Words and machine-readable values for an event's date, at exactly the precision the
 * text gives. Each piece that is a date carries a valid HTML `datetime` value; a span is
 * two of them ("March–April 2014"), a decade reads "2007–2009 (late 2000s)".
 */
import { isoParts } from '@/lib/content/dates/partial-date';
import type { EventDate } from '@/lib/content/schema';
import { monthName } from '@/lib/describe-date';

/** A run of text, or a date with its `datetime` value (rendered as `<time>`). */
export type DatePiece = string | { dateTime: string; text: string };

export type DescribedEventDate = {
  pieces: DatePiece[];
  /** The date as plain words, for text alternatives and titles. */
  label: string;
  /** "year inferred", "approximate" or both; empty when the text states the date outright. */
  qualifiers: string[];
};

const pad = (n: number) => String(n).padStart(2, '0');

/** "7 December 2015", "December 2015", "2015"; `withYear: false` drops the year ("March" of "March–April 2014"). */
function isoWords(iso: string, withYear = true): string {
  const { year: y, month: m, day: d } = isoParts(iso);
  const year = withYear ? ` ${y}` : '';
  if (m === null) return String(y);
  return `${d === null ? '' : `${d} `}${monthName(m)}${year}`.trim();
}

const time = (iso: string, text = isoWords(iso)): DatePiece => ({ dateTime: iso, text });

function piecesOf(date: EventDate): DatePiece[] {
  const { start, end, value, partial } = date;
  if (value === null && start === null) {
    if (!partial) return ['date unknown'];
    if (partial.day !== null) return [{ dateTime: `--${pad(partial.month)}-${pad(partial.day)}`, text: `${partial.day} ${monthName(partial.month)}` }, ', year unknown'];
    return [`${monthName(partial.month)}, year unknown`];
  }
  switch (date.precision) {
    case 'day':
    case 'month':
    case 'year':
      return [time(value ?? start!)];
    case 'season':
      return [`${date.season ?? 'season'} `, time(value ?? String(isoParts(start!).year))];
    case 'decade':
      return [time(start!), '–', time(end!), ` (${date.text.replace(/^the\s+/i, '')})`];
    case 'range': {
      const [from, to] = [isoParts(start!), isoParts(end!)];
      const sameYear = from.year === to.year && from.month !== null;
      return [time(start!, isoWords(start!, !sameYear)), '–', time(end!)];
    }
  }
}

/** Describes an event's date for display. */
export function describeEventDate(date: EventDate): DescribedEventDate {
  const pieces = piecesOf(date);
  const qualifiers = [...(date.inferred ? ['year inferred'] : []), ...(date.approximate ? ['approximate'] : [])];
  const label = pieces.map((p) => (typeof p === 'string' ? p : p.text)).join('');
  return { pieces, label, qualifiers };
}
