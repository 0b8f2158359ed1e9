/**
 * The outlet on a dateline: a short header line with the story's date (and its year) and, apart from it by a bar or a
 * bullet, a name that is no person's and no section of the page's menu ("Njuz.net 05.12.2026 | Marko Petrović",
 * "Hadiszemle | 2026. 12. 05., 10:15"). The line's date is read by the page's header-date reader (header-dates.ts).
 */
import type { SourceLine } from '../source/normalise';
import type { HeaderDates } from '../dates/header-dates';
import { isPersonName, nameTokens as words } from './name-shape';
import { isOutletName } from './outlet-name';
import { isBrandShaped } from './outlet-masthead';
import type { OutletFind } from './outlet-lines';

const fold = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ').trim();

/** A person's name written with spaces ("Marko Petrović"): a Chinese or Japanese run of two to six characters may be a name or an outlet, so it rules nothing out. */
const spacedPersonName = (text: string, stopwords: ReadonlySet<string>) => /\s/u.test(text.trim()) && isPersonName(text, { stopwords });

/**
 * A name printed beside the date (with its year) on a short header line, apart from it by a bar or bullet ("Njuz.net 05.12.2026 |
 * Marko Petrović", "Hadiszemle | 2026. 12. 05., 10:15"): not a person's name. A place stands there too
 * ("BEOGRAD, 5. decembar"), so alone it counts one point, or two with a brand's shape.
 */
export function datelineFind(l: SourceLine, menu: ReadonlySet<string>, stopwords: ReadonlySet<string>, dates: HeaderDates): OutletFind | null {
  const text = l.text.trim();
  // Only a line with a year is read for a date: reading every short line with a figure would cost the page's time.
  if (!/[|｜•·]/u.test(text) || !/(?<!\d)(?:19|20)\d\d(?!\d)/u.test(text) || words(text).length > 12) return null;
  const date = dates(text);
  if (!date) return null;
  const rest = `${text.slice(0, date.start)} | ${text.slice(date.end)}`.replace(/(?<!\d)\d{1,2}[:.h]\d{2}(?!\d)/gu, ' ');
  const fields = rest.split(/\s*[|｜•·,]\s*|\s+[–—-]\s+/u).map((f) => f.trim().replace(/^[([]|[)\]]$/gu, '')).filter((f) => /\p{L}/u.test(f));
  for (const f of fields) {
    // A section word the page lists in its menu is the story's section ("3 mars 2019 | Défense"), not its site.
    if (!isOutletName(f, stopwords) || words(f).length > 4 || spacedPersonName(f, stopwords) || menu.has(fold(f))) continue;
    return { value: f, line: l.n, kind: 'dateline', text: l.text, weight: isBrandShaped(f) ? 2 : 1 };
  }
  return null;
}
