/**
 * The store's view of republications: for each story, the original it copies (if any) and the
 * other files that carry the same text, each with the pair's similarity, so a story page can say
 * "Also published by X as 'Y'" and point a copy's canonical URL at its original.
 */
import type { Article, Republication } from '../schema';

/** Another file carrying the same text, and the detected pair that links it to its original. */
export type RepublishedLink = Readonly<{ article: Article; pair: Republication }>;

/** A story's place in a group of copies: the original it copies (null for an original), and the other members. */
export type Republished = Readonly<{ copyOf: RepublishedLink | null; alsoPublished: readonly RepublishedLink[] }>;

export const NOT_REPUBLISHED: Republished = Object.freeze({ copyOf: null, alsoPublished: Object.freeze([]) });

/** Story id → its republication links, for every story in a group of copies (others are absent). */
export function republicationLinks(pairs: readonly Republication[], byId: ReadonlyMap<string, Article>): Map<string, Republished> {
  const copiesOf = new Map<string, RepublishedLink[]>();
  for (const pair of pairs) {
    const copy = byId.get(pair.copy);
    if (!copy || !byId.has(pair.original)) continue;
    const list = copiesOf.get(pair.original);
    if (list) list.push({ article: copy, pair });
    else copiesOf.set(pair.original, [{ article: copy, pair }]);
  }
  const out = new Map<string, Republished>();
  for (const [originalId, copies] of copiesOf) {
    const original = byId.get(originalId);
    if (!original) continue;
    out.set(originalId, Object.freeze({ copyOf: null, alsoPublished: Object.freeze(copies) }));
    for (const link of copies) {
      const toOriginal = { article: original, pair: link.pair };
      const siblings = copies.filter((other) => other.article.id !== link.article.id);
      out.set(link.article.id, Object.freeze({ copyOf: toOriginal, alsoPublished: Object.freeze([toOriginal, ...siblings]) }));
    }
  }
  return out;
}
