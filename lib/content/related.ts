/**
 * Stories related to a story, ranked by the entities they share with it.
 */
import { newestFirst } from './publication-order';
import type { Article } from './schema';

type Tagged = Pick<Article, 'id' | 'datePublished' | 'entities'>;

export type Related<T> = {
  article: T;
  /** Slugs of the shared entities, in the source article's salience order. */
  shared: string[];
  /** Sum over shared entities of the smaller of the two saliences. */
  score: number;
};

/**
 * Up to `limit` other articles sharing at least one entity with `article`: most shared
 * entities first, then the stronger overlap (by salience), then newest first.
 */
export function relatedArticles<T extends Tagged>(article: Tagged, all: readonly T[], limit = 5): Related<T>[] {
  // One pass over each other article's entities, no per-article allocation beyond the hits:
  // this runs once per article page, so it is O(articles × entities) for the whole build.
  const own = new Map(article.entities.map((e, rank) => [e.slug, { salience: e.salience, rank }]));
  const ranked: Related<T>[] = [];
  for (const other of all) {
    if (other.id === article.id) continue;
    let hits: { slug: string; rank: number }[] | undefined;
    let score = 0;
    for (const e of other.entities) {
      const mine = own.get(e.slug);
      if (!mine) continue;
      (hits ??= []).push({ slug: e.slug, rank: mine.rank });
      score += Math.min(mine.salience, e.salience);
    }
    if (!hits) continue;
    const candidate = { article: other, shared: hits.sort((x, y) => x.rank - y.rank).map((h) => h.slug), score };
    // Keep only the best `limit` so far (insertion into a short sorted list), not a sort of every hit.
    const worst = ranked.length >= limit ? ranked.at(-1) : undefined;
    if (worst && byRelevance(candidate, worst) >= 0) continue;
    const at = ranked.findIndex((r) => byRelevance(candidate, r) < 0);
    ranked.splice(at === -1 ? ranked.length : at, 0, candidate);
    if (ranked.length > limit) ranked.pop();
  }
  return ranked;
}

/** Most shared entities first, then the stronger overlap, then newest first. */
function byRelevance<T extends Tagged>(a: Related<T>, b: Related<T>): number {
  return b.shared.length - a.shared.length || b.score - a.score || newestFirst(a.article, b.article);
}

/**
 * Entities that appear alongside `slug`, with the number of articles they share,
 * most frequent first (ties by slug).
 */
export function coOccurringEntities(
  slug: string,
  articles: readonly Pick<Article, 'entities'>[],
  limit = 10,
): { slug: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of articles) {
    if (!a.entities.some((e) => e.slug === slug)) continue;
    for (const e of a.entities) if (e.slug !== slug) counts.set(e.slug, (counts.get(e.slug) ?? 0) + 1);
  }
  return [...counts]
    .map(([s, count]) => ({ slug: s, count }))
    .sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : 1))
    .slice(0, limit);
}
