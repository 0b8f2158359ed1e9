/**
 * Which Pagefind bundle each story page goes into. Pagefind cannot update an index in place, so an
 * incremental build re-indexes every bundle one of whose pages changed (pagefind-reuse.ts); one
 * bundle per language would re-index the whole language for one added story. So a language's
 * stories are split by publication year, a key that never changes for a story and that keeps a new
 * story and its older/newer neighbours together: adding a story re-indexes its year's bundle (and a
 * neighbour's across a year boundary), not the language.
 *
 * Readers pay per bundle: every query fetches each bundle's entry file and metadata. So a language
 * gets at most MAX_BUNDLES_PER_LANGUAGE bundles: its years are grouped into spans of 1, 2, 5, 10…
 * years aligned to multiples of the span (2014–2015, 2016–2017…), the shortest span that keeps the
 * count within the bound. Aligned spans keep a story's bundle stable as the archive grows; only a
 * change of span (the archive's years outgrowing the bound) moves every story, and then every bundle
 * is re-indexed, as in a cold build. Undated stories have a bundle of their own.
 */
import type { Bundle, Page } from './pagefind-reuse';

/**
 * The most bundles one language is split into (its undated stories' bundle included). Measured on
 * 2,000 stories over 20 years (tests/e2e/sharing/search-bundles.test.ts): one query fetched 221 KB
 * with one bundle, 345 KB with 5 bundles (this bound) and 502 KB with 12, each bundle adding its own
 * index chunk for the term, metadata and filter chunks.
 */
export const MAX_BUNDLES_PER_LANGUAGE = 6;
/** Year spans tried, shortest first; past the last, spans keep growing tenfold. */
const SPANS = [1, 2, 5, 10, 20, 50];
/** The primary bundle's folder, the one the search page loads. */
export const PRIMARY_DIR = 'pagefind';

/** A page with the bundle language and publication year (null: undated) read from it. */
export type SortedPage = Page & { lang: string; year: number | null };
/** A bundle and the first year of its span (null: its stories are undated). */
export type YearBundle = Bundle & { firstYear: number | null };

/** The year of the story's date as the page gives it to Pagefind (`data-pagefind-sort="date"`), or null when it has none. */
export function storyYear(html: string): number | null {
  const year = html.match(/<[a-z]+\b[^>]*\bdata-pagefind-sort="date"[^>]*>\s*(-?\d{1,4})(?=\D)/i)?.[1];
  return year === undefined ? null : Number(year);
}

/** The shortest span in years whose aligned groups of `years` (plus one for undated stories, when `undated`) number at most `max`. */
export function yearSpan(years: readonly number[], undated: boolean, max: number = MAX_BUNDLES_PER_LANGUAGE): number {
  const room = Math.max(1, max - (undated ? 1 : 0));
  for (let i = 0; ; i++) {
    const span = SPANS[i] ?? 50 * 10 ** (i - SPANS.length + 1);
    if (new Set(years.map((y) => Math.floor(y / span))).size <= room) return span;
  }
}

/** The folder name part of a group: its first year, or `undated`. */
const groupKey = (year: number | null, span: number): string => (year === null ? 'undated' : String(Math.floor(year / span) * span));

/** One language's pages split into year groups, newest first, undated last; pages keep their order within a group. */
function yearGroups(pages: readonly SortedPage[]): { key: string; firstYear: number | null; pages: Page[] }[] {
  const years = pages.flatMap((p) => (p.year === null ? [] : [p.year]));
  const span = yearSpan(years, years.length < pages.length);
  const groups = new Map<string, Page[]>();
  for (const { url, content, year } of pages) {
    const key = groupKey(year, span);
    const group = groups.get(key);
    if (group) group.push({ url, content });
    else groups.set(key, [{ url, content }]);
  }
  const rank = (key: string) => (key === 'undated' ? -Infinity : Number(key));
  return [...groups].sort(([a], [b]) => rank(b) - rank(a)).map(([key, group]) => ({ key, firstYear: key === 'undated' ? null : Number(key), pages: group }));
}

/**
 * The bundles to write, primary first. The primary bundle (`pagefind/`, the one the search page
 * loads) holds the newest year group of the site language (or, with no story in it, of the language
 * with most stories: Pagefind refuses a primary bundle with no pages); every other group is in
 * `pagefind-<lang>-<first year>/` or `pagefind-<lang>-undated/`, sorted by folder.
 */
export function plannedBundles(pages: readonly SortedPage[], siteLanguage: string): YearBundle[] {
  const byLanguage = new Map<string, SortedPage[]>();
  for (const page of pages) {
    const group = byLanguage.get(page.lang);
    if (group) group.push(page);
    else byLanguage.set(page.lang, [page]);
  }
  const largest = [...byLanguage].sort(([a, pa], [b, pb]) => pb.length - pa.length || a.localeCompare(b))[0]?.[0];
  const primaryLanguage = byLanguage.has(siteLanguage) || largest === undefined ? siteLanguage : largest;
  const bundles: YearBundle[] = [];
  let primary: YearBundle = { dir: PRIMARY_DIR, lang: primaryLanguage, pages: [], firstYear: null };
  for (const [lang, group] of byLanguage) {
    for (const [i, { key, firstYear, pages: members }] of yearGroups(group).entries()) {
      if (lang === primaryLanguage && i === 0) primary = { dir: PRIMARY_DIR, lang, pages: members, firstYear };
      else bundles.push({ dir: `pagefind-${lang}-${key}`, lang, pages: members, firstYear });
    }
  }
  return [primary, ...bundles.sort((a, b) => a.dir.localeCompare(b.dir))];
}
