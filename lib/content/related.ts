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
  const own = new Map(article.entities.map((e) => [e.slug, e.salience]));
  const ranked: Related<T>[] = [];
  for (const other of all) {
    if (other.id === article.id) continue;
    const theirs = new Map(other.entities.map((e) => [e.slug, e.salience]));
    const shared = article.entities.map((e) => e.slug).filter((slug) => theirs.has(slug));
    if (shared.length === 0) continue;
    const score = shared.reduce((sum, slug) => sum + Math.min(own.get(slug) ?? 0, theirs.get(slug) ?? 0), 0);
    ranked.push({ article: other, shared, score });
  }
  return ranked
    .sort((a, b) => b.shared.length - a.shared.length || b.score - a.score || newestFirst(a.article, b.article))
    .slice(0, limit);
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
