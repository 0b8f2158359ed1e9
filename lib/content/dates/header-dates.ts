/**
 * One page's reading of its header lines' dates: the outlet finders ask whether a short line holds a date, and
 * where, many times over (a masthead beside its date, a dateline's fields, a lone word's next line, a credit's tail,
 * a title line's head, a site template's top lines). One reader, built once per page and handed to every finder,
 * reads each line once; a finder never reads dates on its own.
 */
import { findDate, type FindOptions, type FoundDate } from './date-find';

/** The first date written in a short header line of the page, or null; each line's text is read once. */
export type HeaderDates = (line: string) => FoundDate | null;

/**
 * A page's header-date reader. `options` are the page's reading (its month order, its language), the segmenter's
 * too, so a line both read is read once (findDates remembers header lines by text and options). With no options a
 * line is read in no language's favour (a finder's unit tests read so).
 */
export function headerDates(options: FindOptions = {}): HeaderDates {
  const read = new Map<string, FoundDate | null>();
  return (line) => {
    if (read.has(line)) return read.get(line) ?? null;
    const found = findDate(line, options);
    read.set(line, found);
    return found;
  };
}
