/**
 * The page's own title for its headline: a line that prints the headline again with the site's name after it ("<headline>
 * | Site"), or with a short prefix before it (the site's name, a breadcrumb, a share label). Split from headline-score.ts.
 */
import { wordCount } from '../segment/text-shape';

// The full-width bar and the underscore are how Chinese and Japanese title lines join a site's name, with no spaces.
const SUFFIX_SEPARATOR = /^\s*(?:[-–—|:·•»]{1,2}|[｜_])\s*/u;

/** Separators before a headline at the end of a line: "Site | ", "Home › News › ", "Share: ". */
const PREFIX_SEPARATOR = /\s*(?:[-–—|:·•»›>/→]{1,2}|[｜_])\s*$/u;

/** A field separator inside the rest of a line: " | ", " · ", " – ". */
const FIELD = /\s[-–—|·•]\s|[｜]/u;

/**
 * Whether a short name (three words at most) followed by `rest` is the site's imprint, not a title line: two fields or
 * more after the name, with figures among them ("Het Streekblad | Postbus 120 | 7400 AC Deventer"). A title line names
 * its site once after the headline; a street number or a postcode is an address.
 */
const isImprint = (name: string, rest: string) => wordCount(name) <= 3 && FIELD.test(rest) && /\p{Nd}/u.test(rest);

/**
 * A line of the page that is `headline` followed by a site-name suffix: " - Site", " | Site", " — Site". Or a headline of
 * four words or more at the end of a line after a short prefix and a separator: the site's name before it ("Site |
 * <headline>"), a breadcrumb ending in it ("Home › News › <headline>"), a share line ("Share: <headline>"). A section
 * name at a breadcrumb's end has fewer words.
 */
export function isPageTitleOf(line: string, headline: string): boolean {
  if (line.length <= headline.length) return false;
  const [rest, separator] = line.startsWith(headline)
    ? [line.slice(headline.length), SUFFIX_SEPARATOR]
    : line.endsWith(headline) && wordCount(headline) >= 4
      ? [line.slice(0, line.length - headline.length), PREFIX_SEPARATOR]
      : ['', null];
  if (separator === null || !separator.test(rest)) return false;
  const part = rest.replace(separator, '');
  if (separator === SUFFIX_SEPARATOR && isImprint(headline, part)) return false;
  return part.length > 0 && wordCount(part) <= 6;
}

/** Whether `text` repeats in a page-title line of the file ("<headline> | Site", "Home › News › <headline>"). */
export const hasPageTitle = (text: string, others: readonly string[]) => others.some((o) => isPageTitleOf(o, text));
