/**
 * The one module that words dates for readers (pages, share cards, descriptions, feed notes):
 * a DateFact in words at exactly the precision it was found at, so a month-only date reads
 * "June 2016", never "1 June 2016". Pure; no Date objects, so no time zones.
 */
import { monthNameIn } from '@/lib/content/dates/month-names';
import { isoParts } from '@/lib/content/dates/partial-date';
import type { DateFact } from '@/lib/content/schema';

/** English name of a 1-based month number (the one month-name source, Intl, in English). */
export function monthName(month: number): string {
  return monthNameIn('en', month);
}

export type DescribedDate = {
  /** What a reader sees: "21 June 2016", "June 2016", "2016", "12 April, year unknown", "undated". */
  label: string;
  /** A valid HTML `datetime` value at the same precision (`2016-06`, `--04-12`), or null when there is none. */
  dateTime: string | null;
  /** Where the date came from when it is not the text's own dateline, e.g. "date from editor's note". */
  sourceNote: string | null;
  /** The extractor's evidence, for a details/title disclosure; empty when there is none. */
  evidence: string;
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The date in words at its real precision ("21 June 2016", "June 2016", "2016"), or null when no year is known. */
export function dateInWords(fact: DateFact | null | undefined): string | null {
  const value = fact?.value;
  if (!value) return null;
  const { year, month, day } = isoParts(value);
  if (month === null) return String(year);
  if (day === null) return `${monthName(month)} ${year}`;
  return `${day} ${monthName(month)} ${year}`;
}

function describeValue(fact: DateFact): Pick<DescribedDate, 'label' | 'dateTime'> {
  const words = dateInWords(fact);
  if (words !== null && fact.value !== null) return { label: words, dateTime: fact.value };
  if (fact.partial) {
    const { month, day } = fact.partial;
    // HTML's yearless date is `--MM-DD`; a month alone without a year has no valid form.
    if (day !== null) return { label: `${day} ${monthName(month)}, year unknown`, dateTime: `--${pad(month)}-${pad(day)}` };
    return { label: `${monthName(month)}, year unknown`, dateTime: null };
  }
  return { label: 'undated', dateTime: null };
}

const SOURCE_NOTES: Record<DateFact['source'], string | null> = {
  dateline: null, // the text's own dateline needs no comment
  'in-text': 'inferred from the text',
  stamp: "from the page's date stamp",
  sidecar: "date from editor's note",
  'source-url': "from the dated path of the source's address",
  none: null,
};

/** Describes a date fact for display: label, machine-readable value, provenance and evidence. */
export function describeDate(fact: DateFact): DescribedDate {
  return { ...describeValue(fact), sourceNote: SOURCE_NOTES[fact.source], evidence: fact.evidence };
}
