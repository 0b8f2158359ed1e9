/**
 * One date order over many bundles. Pagefind sorts each bundle's results on its own: a result's
 * score under a sort is its position among the bundle's pages ordered by that key (negated for
 * ascending), and the search page merges bundles by score times each bundle's `indexWeight`. The
 * year split (pagefind-bundles.ts) makes bundles cover disjoint years within a language, so
 * weights that grow with a bundle's first year faster than positions can (each the last times the
 * largest page count plus two) put every result of a newer bundle above every result of an older
 * one, newest first and, negated, oldest first; inside a bundle its own order holds. A position is
 * 0 for a bundle's earliest page, which no weight can lift, so each bundle also indexes a floor
 * page whose date sorts before every real one; it also gives a bundle of undated stories a date
 * sort, so that, as in one bundle, a date sort leaves undated stories out. Pagefind drops a page
 * without words, so the floor page holds one, '‿' (a joining mark Pagefind counts as a word
 * character, and that nobody types into a search box). Bundles of two
 * languages starting in the same year share a weight, so across languages the order holds by span,
 * not inside one. The weights go into merge-index.json relative to the primary bundle (weight 1);
 * enhance/search.ts applies them only when the reader sorts by date.
 */
import type { Page } from './pagefind-reuse';

/** The floor page (see the module comment): its date sorts before any story's, so that every story's position in its bundle's date order is at least 1. */
export function sortFloorPage(lang: string): Page {
  return { url: '/search/', content: `<!DOCTYPE html><html lang="${lang}"><body><div data-pagefind-body>‿</div><span data-pagefind-sort="date">0000</span></body></html>` };
}

/** What the weights need of a bundle: its folder, its first year (null: undated) and its page count. */
export type WeightedBundle = { dir: string; firstYear: number | null; pages: number };

/** Each bundle's weight under a date sort, relative to `primaryDir`'s (see the module comment); undated bundles weigh 1, as nothing in them has a date. */
export function dateSortWeights(bundles: readonly WeightedBundle[], primaryDir: string): Map<string, number> {
  const dated = bundles.filter((b): b is WeightedBundle & { firstYear: number } => b.firstYear !== null);
  const starts = [...new Set(dated.map((b) => b.firstYear))].sort((a, b) => a - b);
  const absolute = new Map<number, number>();
  let weight = 1;
  for (const year of starts) {
    absolute.set(year, weight);
    // Positions run to the page count plus the floor page; the next weight must beat the largest times it.
    weight *= Math.max(...dated.filter((b) => b.firstYear === year).map((b) => b.pages)) + 2;
  }
  const primary = bundles.find((b) => b.dir === primaryDir);
  const base = primary?.firstYear == null ? 1 : (absolute.get(primary.firstYear) ?? 1);
  return new Map(bundles.map((b) => [b.dir, b.firstYear === null ? 1 : (absolute.get(b.firstYear) ?? 1) / base]));
}
