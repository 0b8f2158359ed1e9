/**
 * Word shingles of a story body, as sorted unique 32-bit hashes. Two copies of one text share
 * most of their shingles whatever headline, standfirst or furniture surrounds them; two stories
 * written separately on the same topic share few, because a shingle is a run of words, not a word.
 */

/** Words per shingle. Three keeps a 30%-edited copy recognisable (0.7³ ≈ a third of its shingles survive). */
export const SHINGLE_WORDS = 3;

/** Lowercase words of any script; digits kept (numbers are part of what a copy repeats). */
export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

/** FNV-1a over UTF-16 code units: fast, deterministic, good enough spread for set overlap. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a run of word hashes into one shingle hash (order matters: "a b c" ≠ "c b a"). */
function mix(hashes: Uint32Array, from: number, size: number): number {
  let h = 0x9e3779b9;
  for (let k = 0; k < size; k++) {
    h = Math.imul(h ^ (hashes[from + k] ?? 0), 0x85ebca6b);
    h ^= h >>> 13;
  }
  h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The body's shingles as a sorted array of unique hashes (empty when the text is shorter than one shingle). */
export function shingleHashes(text: string, size: number = SHINGLE_WORDS): Uint32Array {
  const w = words(text);
  if (w.length < size) return new Uint32Array(0);
  const wordHashes = new Uint32Array(w.length);
  for (let i = 0; i < w.length; i++) wordHashes[i] = hashWord(w[i] ?? '');
  const all = new Uint32Array(w.length - size + 1);
  for (let i = 0; i < all.length; i++) all[i] = mix(wordHashes, i, size);
  all.sort();
  let unique = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[unique++] = all[i] ?? 0;
  return all.slice(0, unique);
}

/** How many hashes two sorted unique arrays share (a linear merge). */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}
