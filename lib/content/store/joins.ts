/**
 * The joins the store precomputes once per archive: related stories, neighbours in time and
 * co-occurring entities. Each works from the store's indexes (publication order, entity →
 * stories), never from a scan of every story per story.
 */
import type { Article } from '../schema';

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

/** The first index in `list` (ascending publication positions) at or after `at`. */
function lowerBound(list: Int32Array, at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The `[start, end)` range of the `size` entries of `list` (ascending publication positions)
 * nearest position `at`, clamped to the list: the whole list when it is no longer than `size`.
 */
export function windowAround(list: Int32Array, at: number, size = RELATED_WINDOW): [number, number] {
  if (list.length <= size) return [0, list.length];
  const start = Math.min(Math.max(0, lowerBound(list, at) - Math.floor(size / 2)), list.length - size);
  return [start, start + size];
}

type Candidate = { at: number; count: number; score: number };

/** Most shared entities first, then the stronger overlap, then the earlier in publication order (newest). */
const byRelevance = (a: Candidate, b: Candidate) => b.count - a.count || b.score - a.score || a.at - b.at;

/**
 * Builds, once for the whole order, the related-stories search: given a story's position, up to
 * `limit` other stories sharing at least one entity with it, ranked by relevance. Candidates come
 * from the entity → stories index (each shared entity's nearest RELATED_WINDOW stories); each
 * candidate's overlap is then counted over all of its entities. Entities are interned to numbers
 * and scratch arrays are reused, so one story's search allocates almost nothing.
 */
export function relatedSearch(order: readonly Article[], limit = RELATED_LIMIT, window = RELATED_WINDOW): (at: number) => Related[] {
  const ids = new Map<string, number>();
  const intern = (slug: string) => {
    const known = ids.get(slug);
    if (known !== undefined) return known;
    ids.set(slug, ids.size);
    return ids.size - 1;
  };
  const tags = order.map((a) => Int32Array.from(a.entities, (e) => intern(e.slug)));
  const saliences = order.map((a) => Float64Array.from(a.entities, (e) => e.salience));
  const lists: number[][] = Array.from({ length: ids.size }, () => []);
  tags.forEach((t, at) => new Set(t).forEach((id) => lists[id]?.push(at)));
  const members = lists.map((l) => Int32Array.from(l));
  // Scratch, stamped with the searching story's position + 1 so nothing needs clearing between stories.
  const ownStamp = new Int32Array(ids.size);
  const ownSalience = new Float64Array(ids.size);
  const seen = new Int32Array(order.length);

  return (at) => {
    const own = tags[at] ?? new Int32Array();
    const ownSal = saliences[at] ?? new Float64Array();
    const stamp = at + 1;
    own.forEach((id, k) => {
      ownStamp[id] = stamp;
      ownSalience[id] = ownSal[k] ?? 0;
    });
    const ranked: Candidate[] = [];
    for (const id of own) {
      const list = members[id] ?? new Int32Array();
      const [from, to] = windowAround(list, at, window);
      for (let j = from; j < to; j++) {
        const other = list[j] ?? at;
        if (other === at || seen[other] === stamp) continue;
        seen[other] = stamp;
        const theirs = tags[other] ?? new Int32Array();
        const theirSal = saliences[other] ?? new Float64Array();
        let count = 0;
        let score = 0;
        for (let k = 0; k < theirs.length; k++) {
          const e = theirs[k] ?? -1;
          if (ownStamp[e] !== stamp) continue;
          count++;
          score += Math.min(ownSalience[e] ?? 0, theirSal[k] ?? 0);
        }
        // A short sorted list of the best so far, not a sort of every candidate.
        const worst = ranked.length >= limit ? ranked[ranked.length - 1] : undefined;
        if (worst && (count < worst.count || (count === worst.count && (score < worst.score || (score === worst.score && other > worst.at))))) continue;
        const candidate = { at: other, count, score };
        const i = ranked.findIndex((r) => byRelevance(candidate, r) < 0);
        ranked.splice(i === -1 ? ranked.length : i, 0, candidate);
        if (ranked.length > limit) ranked.pop();
      }
    }
    const mine = order[at]?.entities ?? [];
    return ranked.flatMap(({ at: other, score }) => {
      const article = order[other];
      if (!article) return [];
      const theirs = new Set(article.entities.map((e) => e.slug));
      return [{ article, shared: mine.map((e) => e.slug).filter((s) => theirs.has(s)), score }];
    });
  };
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
 * The other entities tagging the stories of entity `slug` (`stories`: the stories it tags, each
 * once), with the number of those stories each tags, most first (ties by slug): coOccurrences'
 * row for `slug`, counted from its own stories only.
 */
export function coOccurrencesOf(slug: string, stories: readonly Article[]): CoOccurrence[] {
  const row = new Map<string, number>();
  for (const a of stories) {
    for (const y of new Set(a.entities.map((e) => e.slug))) if (y !== slug) row.set(y, (row.get(y) ?? 0) + 1);
  }
  return [...row].map(([s, count]) => ({ slug: s, count })).sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : 1));
}
