/**
 * Tagging and event extraction with each article's result kept between runs. What tagArticle and
 * extractEvents give one article depends only on that article's id, taggable title, language,
 * publication date and body, on the gazetteer and on the compiler: that is the key
 * (derivedKey), so an unchanged story added to an archive, or an archive rebuilt after one file
 * changed, takes every other story's tags, mentions and events from here and tags only the rest.
 * What is archive-wide stays exact because it is computed afresh on every run from the
 * per-article results: the entity index (which stories each entity tags, counts, order), the
 * publication order and the events' order.
 *
 * The build keeps the store on disk in append-only segments (DiskDerivedStore, ./segment-log.ts);
 * the dev server in memory (MemoryDerivedStore).
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { extractEvents } from '../events/extract';
import { type Article, type ArticleDerived, articleDerived, type ContentError, type ContentNotice, type IndexedEntity, type StoryEvent } from '../schema';
import { gazetteerEntities, type GazetteerSource, indexEntities, tagArchive, taggableTitle } from '../tagging/tag-archive';
import { newestFirst } from './publication-order';
import { checkWith, SegmentLog } from './segment-log';
import { type KeyedStore, MemoryStore } from './keyed-store';

/** Per-article results by key, with a count of hits and misses. */
export type DerivedStore = KeyedStore<ArticleDerived> & {
  /** The compiler's version (compilerVersion): part of every key, so an edited compiler finds nothing. */
  readonly version: string;
};

/** Per-article results in memory (the dev server's, and the base of the disk store). */
export class MemoryDerivedStore extends MemoryStore<ArticleDerived> implements DerivedStore {
  constructor(readonly version: string) {
    super();
  }
}

/** Where the build keeps the per-article results: a folder of segments (./segment-log.ts). */
export const DERIVED_CACHE_DIR = path.join('.next', 'cache', 'derived-log');

/** The one file earlier builds kept: removed on the first save. */
const LEGACY_FILE = path.join('.next', 'cache', 'article-derived.v8');

/**
 * Per-article results on disk in append-only segments: `save` appends the stories this run tagged
 * and leaves the rest untouched (SegmentLog). Each entry is checked by the articleDerived schema
 * when first asked for; one that fails is a miss and is tagged again.
 */
export class DiskDerivedStore extends SegmentLog<ArticleDerived> implements DerivedStore {
  /** `version`: the compiler's (compilerVersion); segments written by another are ignored and deleted on save. */
  constructor(version: string, dir: string = DERIVED_CACHE_DIR) {
    super(dir, version, checkWith(articleDerived));
  }

  override save() {
    const report = super.save();
    if (this.dir === DERIVED_CACHE_DIR) rmSync(LEGACY_FILE, { force: true });
    return report;
  }
}

/** What every key shares: the compiler and the gazetteer (path and text). */
export function derivedBase(version: string, source: { file: string; text: string }): string {
  return createHash('sha256').update(`${version}\0${source.file}\0${source.text.length}\0`).update(source.text).digest('hex');
}

/** The key of one article's result: everything tagArticle and extractEvents read of it, under `base`. */
export function derivedKey(a: Article, base: string): string {
  const read = [a.id, taggableTitle(a), a.language.value, a.datePublished, a.body];
  return createHash('sha256').update(`${base}\0`).update(JSON.stringify(read)).digest('hex');
}

/** Tagged articles newest first, the entity index and every story's events in that order, with tagging's errors and notices. */
export type TaggedArchive = { articles: Article[]; entities: IndexedEntity[]; events: StoryEvent[]; errors: ContentError[]; notices: ContentNotice[] };

/**
 * tagArchive, then the publication order and extractEvents over it, as the pipeline runs them;
 * with `store`, each article's tags and events come from it when its key is there and are kept
 * in it otherwise. The result is the same with or without a store.
 */
export function tagAndExtract(articles: readonly Article[], source: GazetteerSource, copies: ReadonlySet<string>, store?: DerivedStore | null): TaggedArchive {
  if (!store || source === null) {
    const tagged = tagArchive(articles, source, copies);
    const ordered = tagged.articles.sort(newestFirst);
    return { ...tagged, articles: ordered, events: ordered.flatMap((a) => extractEvents(a)) };
  }
  const base = derivedBase(store.version, source);
  const keys = articles.map((a) => derivedKey(a, base));
  const found = keys.map((key) => store.get(key));
  const missing = articles.filter((_, i) => found[i] === null);
  const fresh = tagArchive(missing, source, copies).articles;
  let next = 0;
  // By article object, not id: two files in different folders may share a name, and so an id.
  const derived = new Map<Article, ArticleDerived>();
  const tagged = articles.map((a, i): Article => {
    const hit = found[i];
    if (hit) {
      const article = { ...a, entities: hit.entities, mentions: hit.mentions };
      derived.set(article, hit);
      return article;
    }
    const made = fresh[next++];
    if (made === undefined) throw new Error(`tagAndExtract: no tagged article for ${a.id}`);
    const result = { entities: made.entities, mentions: made.mentions, events: extractEvents(made) };
    store.set(keys[i]!, result);
    derived.set(made, result);
    return made;
  });
  store.retainOnly(new Set(keys));
  const { entities, errors } = gazetteerEntities(source);
  // Indexed in the articles' own order, as tagArchive indexes them, then put in publication order.
  const index = indexEntities(entities, tagged, copies);
  const ordered = tagged.sort(newestFirst);
  return { articles: ordered, entities: index, events: ordered.flatMap((a) => derived.get(a)?.events ?? []), errors, notices: [] };
}
