/**
 * A date in the path of a story's source address: "/2015/12/20/", "/2015/12/",
 * "/news/2015-12-20-title". Sites put the publication day there, so it is evidence
 * for a date when the text itself gives none, and it is shown as coming from the URL.
 */
import { type CalendarParts, validParts, YEAR_DIGITS } from './partial-date';

const FORMS: { re: RegExp; read: (m: RegExpMatchArray) => CalendarParts }[] = [
  { re: new RegExp(String.raw`/(${YEAR_DIGITS})/(\d{1,2})/(\d{1,2})(?:/|$)`), read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  { re: new RegExp(String.raw`[/_-](${YEAR_DIGITS})-(\d{2})-(\d{2})(?=[/_.-]|$)`), read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  { re: new RegExp(String.raw`/(${YEAR_DIGITS})/(\d{1,2})(?:/|$)`), read: (m) => ({ year: +m[1]!, month: +m[2]!, day: null }) },
];

/** The date a URL's path carries, with the part of the path that says so; null when there is none. */
export function dateFromUrl(url: string): { parts: CalendarParts; evidence: string } | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const form of FORMS) {
    const m = path.match(form.re);
    const parts = m ? validParts(form.read(m)) : null;
    if (m && parts) return { parts, evidence: `the source address's path is dated: “${m[0].replace(/^[/_-]|\/$/g, '')}” in ${url}` };
  }
  return null;
}
