/**
 * The build's republication memo on disk: each body's shingles (by a hash of its text) and each
 * compared pair's shared-shingle count (by the two texts' hashes), kept between content checks.
 * Candidate pairs are still found afresh over the whole archive on every run
 * (republication/candidate-pairs.ts: they depend on every story), and grouping, originals and copies
 * too; only the per-text and per-pair arithmetic, which depends on nothing but the texts, is read
 * back. Both are append-only segments (./segment-log.ts): a run writes only what it computed. A
 * pair's similarity is rebuilt from its shared count by the one formula (similarityOf), so the
 * result is the one detection computes without a memo.
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RepublicationMemory } from '../republication/memo';
import { sharedCount, shingleHashes } from '../republication/shingles';
import { type Similarity, similarityOf } from '../republication/similarity';
import { checkWith, SegmentLog } from './segment-log';

/** Where the build keeps the memo: two folders of segments (./segment-log.ts), texts' shingles and pairs' shared counts. */
export const REPUBLICATION_CACHE_DIR = path.join('.next', 'cache', 'republication-log');

/** The one file earlier builds kept: removed on the first save. */
const LEGACY_FILE = path.join('.next', 'cache', 'republication-memo.v8');

const checkShingles = checkWith(z.instanceof(Uint32Array));
const checkShared = checkWith(z.number().int().min(0));

/** A text's key: 96 bits of its SHA-256 (a pair's key is two of them). */
const textHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 24);

/**
 * A RepublicationMemory read from `dir` when made; `save` appends what the last run computed and
 * lets what it did not use become garbage (SegmentLog compacts it away once it is a large share).
 */
export class DiskRepublicationMemo implements RepublicationMemory {
  private readonly texts: SegmentLog<Uint32Array>;
  private readonly pairs: SegmentLog<number>;
  private readonly hashOf = new WeakMap<Uint32Array, string>();
  private readonly usedTexts = new Set<string>();
  private readonly usedPairs = new Set<string>();
  /** Texts and pairs found on disk, and those computed. */
  readonly stats = { textsRead: 0, textsMade: 0, pairsRead: 0, pairsMade: 0 };

  /** `version`: the compiler's (compilerVersion); segments written by another are ignored and deleted on save. */
  constructor(
    version: string,
    readonly dir: string = REPUBLICATION_CACHE_DIR,
  ) {
    this.texts = new SegmentLog(path.join(dir, 'texts'), version, checkShingles);
    this.pairs = new SegmentLog(path.join(dir, 'pairs'), version, checkShared);
  }

  shingles(text: string): Uint32Array {
    const hash = textHash(text);
    let hashes = this.texts.peek(hash);
    if (hashes === null) {
      hashes = shingleHashes(text);
      this.texts.set(hash, hashes);
      this.stats.textsMade += 1;
    } else this.stats.textsRead += 1;
    this.usedTexts.add(hash);
    this.hashOf.set(hashes, hash);
    return hashes;
  }

  similarity(a: Uint32Array, b: Uint32Array): Similarity {
    const ha = this.hashOf.get(a);
    const hb = this.hashOf.get(b);
    if (ha === undefined || hb === undefined) return similarityOf(sharedCount(a, b), a.length, b.length);
    const key = ha < hb ? `${ha}${hb}` : `${hb}${ha}`;
    let shared = this.pairs.peek(key);
    if (shared === null) {
      shared = sharedCount(a, b);
      this.pairs.set(key, shared);
      this.stats.pairsMade += 1;
    } else this.stats.pairsRead += 1;
    this.usedPairs.add(key);
    return similarityOf(shared, a.length, b.length);
  }

  /** The run is over: what it did not use is dropped (garbage on disk until a compaction). */
  endRun(): void {
    this.texts.retainOnly(this.usedTexts);
    this.pairs.retainOnly(this.usedPairs);
    this.usedTexts.clear();
    this.usedPairs.clear();
  }

  /** Appends the texts and pairs the last run computed (compacting when the garbage is a large share); writes nothing when it computed nothing. */
  save(): void {
    this.texts.save();
    this.pairs.save();
    if (this.dir === REPUBLICATION_CACHE_DIR) rmSync(LEGACY_FILE, { force: true });
  }
}
