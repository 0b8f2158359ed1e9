/**
 * How alike two bodies are, from their shingle sets: containment (how much of the shorter text
 * lies in the longer one, so an excerpt of a longer story scores high) and resemblance (Jaccard:
 * how much of both texts is shared, so a full copy scores high and an excerpt low).
 */
import { sharedCount } from './shingles';

export type Similarity = { containment: number; resemblance: number; shared: number };

/** Containment and resemblance of two sorted shingle-hash arrays. */
export function similarity(a: Uint32Array, b: Uint32Array): Similarity {
  return similarityOf(sharedCount(a, b), a.length, b.length);
}

/** The similarity of two shingle sets of `sizeA` and `sizeB` hashes that share `shared` (what a memo keeps of a pair). */
export function similarityOf(shared: number, sizeA: number, sizeB: number): Similarity {
  const smaller = Math.min(sizeA, sizeB);
  const union = sizeA + sizeB - shared;
  return {
    containment: smaller === 0 ? 0 : shared / smaller,
    resemblance: union === 0 ? 0 : shared / union,
    shared,
  };
}

/**
 * When two bodies are the same story. Documented in README ("Republications") and tested on
 * full, partial and 0–30%-edited copies and on different stories about the same subjects.
 * - containment ≥ 0.2: a copy with 30% of its words changed keeps about a third of its
 *   three-word shingles; independently written stories on one topic share under a tenth.
 * - at least 12 shared shingles, and the shorter body at least 20: two short texts that
 *   happen to share a phrase or two are not a republication.
 */
export const THRESHOLDS = { containment: 0.2, minShared: 12, minShingles: 20 } as const;

/** Whether a pair's similarity says "the same text". */
export function isSameText(s: Similarity, smallerSize: number): boolean {
  return smallerSize >= THRESHOLDS.minShingles && s.shared >= THRESHOLDS.minShared && s.containment >= THRESHOLDS.containment;
}
