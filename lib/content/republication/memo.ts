/**
 * Shingles and pair similarities remembered between runs of republication detection over an
 * archive that changed by a file or two: the dev server (lib/content/store/live-archive.ts)
 * reruns detection after every edit, and comparing every candidate pair's full shingle sets is
 * most of its cost. A text's shingles are looked up by the text itself and a pair's similarity by
 * its two shingle sets, so an edited story is new text and is compared afresh; the results are
 * the ones `shingleHashes` and `similarity` give, only not computed twice.
 */
import { shingleHashes } from './shingles';
import { type Similarity, similarity } from './similarity';

/** What detection asks of a memo: this class in memory, or the build's on disk (lib/content/store/republication-cache.ts). */
export type RepublicationMemory = {
  /** shingleHashes(text). */
  shingles(text: string): Uint32Array;
  /** similarity(a, b) for two sets `shingles` gave. */
  similarity(a: Uint32Array, b: Uint32Array): Similarity;
  /** Called once a run is over. */
  endRun(): void;
};

/** Keeps what one run computed for the next; `endRun` forgets the texts the last run did not see. */
export class RepublicationMemo implements RepublicationMemory {
  private texts = new Map<string, Uint32Array>();
  private seen = new Set<string>();
  private readonly ids = new WeakMap<Uint32Array, number>();
  private nextId = 0;
  private pairs = new Map<number, Similarity>();

  /** shingleHashes(text), computed once per distinct text. */
  shingles(text: string): Uint32Array {
    this.seen.add(text);
    let hashes = this.texts.get(text);
    if (!hashes) {
      hashes = shingleHashes(text);
      this.texts.set(text, hashes);
      this.ids.set(hashes, this.nextId++);
    }
    return hashes;
  }

  /** similarity(a, b) for two sets this memo made, computed once per pair. */
  similarity(a: Uint32Array, b: Uint32Array): Similarity {
    const i = this.ids.get(a);
    const j = this.ids.get(b);
    if (i === undefined || j === undefined) return similarity(a, b);
    const key = Math.min(i, j) * 2 ** 26 + Math.max(i, j); // exact in a double while ids stay under 2^26
    let found = this.pairs.get(key);
    if (!found) {
      found = similarity(a, b);
      this.pairs.set(key, found);
    }
    return found;
  }

  /** Forgets the texts (and their pairs) not used since the last call, so an edited story's old text is not kept. */
  endRun(): void {
    const live = new Set<number>();
    for (const text of [...this.texts.keys()]) {
      const hashes = this.texts.get(text);
      if (!this.seen.has(text)) this.texts.delete(text);
      else if (hashes) live.add(this.ids.get(hashes) ?? -1);
    }
    for (const key of [...this.pairs.keys()]) {
      if (!live.has(Math.floor(key / 2 ** 26)) || !live.has(key % 2 ** 26)) this.pairs.delete(key);
    }
    this.seen = new Set();
  }
}
