/**
 * A date in the path of a story's source address: "/2015/12/20/", "/2015/12/",
 * "/news/2015-12-20-title", "/2024-05/28/", "/20250409/", "/t20250409_7777010.html". Sites put the publication day there, so it is evidence
 * for a date when the text itself gives none, and it is shown as coming from the URL.
 */
import { type CalendarParts, validParts, YEAR_DIGITS } from './partial-date';

const FORMS: { re: RegExp; read: (m: RegExpMatchArray) => CalendarParts }[] = [
  { re: new RegExp(String.raw`/(${YEAR_DIGITS})/(\d{1,2})/(\d{1,2})(?:/|$)`), read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  { re: new RegExp(String.raw`[/_-](${YEAR_DIGITS})-(\d{2})-(\d{2})(?=[/_.-]|$)`), read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  // Year and month joined, then the day: "/2024-05/28/".
  { re: new RegExp(String.raw`/(${YEAR_DIGITS})-(\d{2})/(\d{2})(?:/|$)`), read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  // Eight figures, as a folder or before a separator, a letter or two before them at most: "/20250409/", "/t20250409_7777010.html".
  // Not before a file's extension ("/20112345.html"): there eight figures are as often a story's number.
  { re: new RegExp(String.raw`/\p{L}{0,2}(${YEAR_DIGITS})(\d{2})(\d{2})(?=[/_-]|$)`, 'u'), read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  { re: new RegExp(String.raw`/(${YEAR_DIGITS})/(\d{1,2})(?:/|$)`), read: (m) => ({ year: +m[1]!, month: +m[2]!, day: null }) },
];

/** The date a URL's path carries, with the part of the path that says so; null when there is none or the URL does not parse. */
export function dateFromUrl(url: string): { parts: CalendarParts; evidence: string } | null {
  return URL.canParse(url) ? dateFromAddress(new URL(url), url) : null;
}

/** dateFromUrl for an address already parsed; `written` is the address as the evidence quotes it. */
export function dateFromAddress(url: URL, written: string = url.href): { parts: CalendarParts; evidence: string } | null {
  for (const form of FORMS) {
    const m = url.pathname.match(form.re);
    const parts = m ? validParts(form.read(m)) : null;
    if (m && parts) return { parts, evidence: `the source address's path is dated: “${m[0].replace(/^[/_-]|\/$/g, '')}” in ${written}` };
  }
  return null;
}
