/**
 * The build's republication memo on disk: each body's shingles (by a hash of its text) and each
 * compared pair's shared-shingle count (by the two texts' hashes), kept between content checks in
 * one file (./v8-file.ts). Candidate pairs are still found afresh over the whole archive on every
 * run (republication/candidate-pairs.ts: they depend on every story), and grouping, originals and
 * copies too; only the per-text and per-pair arithmetic, which depends on nothing but the texts, is
 * read back. A pair's similarity is rebuilt from its shared count by the one formula
 * (similarityOf), so the result is the one detection computes without a memo.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import type { RepublicationMemory } from '../republication/memo';
import { shingleHashes } from '../republication/shingles';
import { sharedCount } from '../republication/shingles';
import { type Similarity, similarityOf } from '../republication/similarity';
import { readV8File, writeV8File } from './v8-file';

/** Where the build keeps the memo. */
export const REPUBLICATION_CACHE_FILE = path.join('.next', 'cache', 'republication-memo.v8');

const memoSchema = z.strictObject({
  texts: z.map(z.string(), z.custom<Uint32Array>((value) => value instanceof Uint32Array)),
  pairs: z.map(z.string(), z.number().int().min(0)),
});
type Saved = z.infer<typeof memoSchema>;
const isSaved = (value: unknown): value is Saved => memoSchema.safeParse(value).success;

/** A text's key: 96 bits of its SHA-256 (a pair's key is two of them, so the file holds 230,000 pairs at 10,000 stories in ~20 MB). */
const textHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 24);

/** A RepublicationMemory read from `file` when made; `save` writes what the last run used, when it computed anything new. */
export class DiskRepublicationMemo implements RepublicationMemory {
  private readonly saved: Saved;
  private readonly hashOf = new WeakMap<Uint32Array, string>();
  private used: Saved = { texts: new Map(), pairs: new Map() };
  private changed = false;
  /** Texts and pairs found in the file, and those computed. */
  readonly stats = { textsRead: 0, textsMade: 0, pairsRead: 0, pairsMade: 0 };

  /** `version`: the compiler's (compilerVersion); a file written by another is ignored. */
  constructor(
    private readonly version: string,
    readonly file: string = REPUBLICATION_CACHE_FILE,
  ) {
    this.saved = readV8File(file, version, isSaved) ?? { texts: new Map(), pairs: new Map() };
  }

  shingles(text: string): Uint32Array {
    const hash = textHash(text);
    const found = this.used.texts.get(hash) ?? this.saved.texts.get(hash);
    const hashes: Uint32Array = found ?? shingleHashes(text);
    if (found) this.stats.textsRead += 1;
    else {
      this.stats.textsMade += 1;
      this.changed = true;
    }
    this.used.texts.set(hash, hashes);
    this.hashOf.set(hashes, hash);
    return hashes;
  }

  similarity(a: Uint32Array, b: Uint32Array): Similarity {
    const ha = this.hashOf.get(a);
    const hb = this.hashOf.get(b);
    if (ha === undefined || hb === undefined) return similarityOf(sharedCount(a, b), a.length, b.length);
    const key = ha < hb ? `${ha}${hb}` : `${hb}${ha}`;
    let shared = this.used.pairs.get(key) ?? this.saved.pairs.get(key);
    if (shared === undefined) {
      shared = sharedCount(a, b);
      this.stats.pairsMade += 1;
      this.changed = true;
    } else this.stats.pairsRead += 1;
    this.used.pairs.set(key, shared);
    return similarityOf(shared, a.length, b.length);
  }

  /** The run is over: what it did not use is not saved. */
  endRun(): void {
    if (this.used.texts.size !== this.saved.texts.size || this.used.pairs.size !== this.saved.pairs.size) this.changed = true;
  }

  /** Writes the texts and pairs the last run used, when it computed or dropped any. */
  save(): void {
    if (this.changed) writeV8File(this.file, this.version, this.used);
    this.changed = false;
  }
}
