/**
 * The joins the store precomputes once per archive: related stories, neighbours in time and
 * co-occurring entities. Each works from the store's indexes (publication order, entity →
 * stories), never from a scan of every story per story.
 */
import type { Article } from './schema';

/** A story related to another: the entities they share and how strongly. */
export type Related<T = Article> = {
  article: T;
  /** Slugs of the shared entities, in the source story's salience order. */
  shared: string[];
  /** Sum over shared entities of the smaller of the two saliences. */
  score: number;
};

/** The next-older and next-newer dated story; null at either end and for an undated story. */
export type Adjacent<T = Article> = { older: T | null; newer: T | null };

/** An entity slug and the number of stories it shares with another entity. */
export type CoOccurrence = { slug: string; count: number };

/**
 * How many of one shared entity's stories the related search looks at: those nearest the story in
 * publication order. It bounds the work per story when one entity (a country) tags most of the
 * archive; an entity with fewer stories than this is searched whole.
 */
export const RELATED_WINDOW = 100;

/** How many related stories are kept per story. */
export const RELATED_LIMIT = 10;

/** Indexes the joins read: publication position by id, and each entity's stories in publication order. */
export type JoinIndex = {
  position: ReadonlyMap<string, number>;
  storiesOf: ReadonlyMap<string, readonly Article[]>;
};

/** The first index in `list` (in publication order) whose position is at or after `at`. */
function lowerBound(list: readonly Article[], at: number, position: ReadonlyMap<string, number>): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const p = position.get(list[mid]?.id ?? '') ?? Number.POSITIVE_INFINITY;
    if (p < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Up to `size` stories of `list` nearest publication position `at` (the whole list when it is short). */
export function nearestInOrder(list: readonly Article[], at: number, position: ReadonlyMap<string, number>, size = RELATED_WINDOW): readonly Article[] {
  if (list.length <= size) return list;
  const centre = lowerBound(list, at, position);
  const start = Math.min(Math.max(0, centre - Math.floor(size / 2)), list.length - size);
  return list.slice(start, start + size);
}

/** Most shared entities first, then the stronger overlap, then the earlier in publication order (newest). */
function byRelevance(a: Related, b: Related, position: ReadonlyMap<string, number>): number {
  return b.shared.length - a.shared.length || b.score - a.score || (position.get(a.article.id) ?? 0) - (position.get(b.article.id) ?? 0);
}

/**
 * Up to `limit` other stories sharing at least one entity with `article`, ranked by relevance.
 * Candidates come from the entity → stories index (each shared entity's nearest RELATED_WINDOW
 * stories); each candidate's overlap is then counted over all of its entities.
 */
export function relatedStories(article: Article, index: JoinIndex, limit = RELATED_LIMIT): Related[] {
  const own = new Map(article.entities.map((e, rank) => [e.slug, { salience: e.salience, rank }]));
  const at = index.position.get(article.id) ?? 0;
  const candidates = new Set<Article>();
  for (const e of article.entities) {
    for (const other of nearestInOrder(index.storiesOf.get(e.slug) ?? [], at, index.position)) {
      if (other.id !== article.id) candidates.add(other);
    }
  }
  const ranked: Related[] = [];
  for (const other of candidates) {
    const hits: { slug: string; rank: number }[] = [];
    let score = 0;
    for (const e of other.entities) {
      const mine = own.get(e.slug);
      if (!mine) continue;
      hits.push({ slug: e.slug, rank: mine.rank });
      score += Math.min(mine.salience, e.salience);
    }
    if (hits.length === 0) continue;
    const candidate = { article: other, shared: hits.sort((x, y) => x.rank - y.rank).map((h) => h.slug), score };
    // A short sorted list of the best so far, not a sort of every candidate.
    const worst = ranked.length >= limit ? ranked.at(-1) : undefined;
    if (worst && byRelevance(candidate, worst, index.position) >= 0) continue;
    const i = ranked.findIndex((r) => byRelevance(candidate, r, index.position) < 0);
    ranked.splice(i === -1 ? ranked.length : i, 0, candidate);
    if (ranked.length > limit) ranked.pop();
  }
  return ranked;
}

/**
 * Neighbours in time of the story at `i` in the publication order. Dated stories come first in
 * that order, so a dated story's neighbours are the adjacent entries when they are dated too.
 */
export function neighboursAt(order: readonly Article[], i: number): Adjacent {
  const dated = (a: Article | undefined) => (a && a.datePublished.value !== null ? a : null);
  if (!dated(order[i])) return { older: null, newer: null };
  return { newer: dated(order[i - 1]), older: dated(order[i + 1]) };
}

/**
 * For every entity, the other entities that tag the same stories, with the number of stories
 * shared, most first (ties by slug). One pass over each story's entity pairs.
 */
export function coOccurrences(articles: readonly Article[]): Map<string, CoOccurrence[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const a of articles) {
    const slugs = [...new Set(a.entities.map((e) => e.slug))];
    for (const x of slugs) {
      let row = counts.get(x);
      if (!row) counts.set(x, (row = new Map()));
      for (const y of slugs) if (y !== x) row.set(y, (row.get(y) ?? 0) + 1);
    }
  }
  const out = new Map<string, CoOccurrence[]>();
  for (const [slug, row] of counts) {
    out.set(
      slug,
      [...row].map(([s, count]) => ({ slug: s, count })).sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : 1)),
    );
  }
  return out;
}
