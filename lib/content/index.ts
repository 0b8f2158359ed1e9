/**
 * The one door to the content. Pages, route handlers and scripts call these
 * functions; nothing outside lib/content reads content/ itself. The archive is
 * compiled and indexed once per process (see ./store); every getter is a keyed lookup.
 * Under `npm run dev` it follows the content folder instead (./store/live-archive.ts):
 * a file added, changed or removed shows on the next request.
 */
import { contentDir, isStrict, readContentFolder } from './content-folder';
import { readArchiveSnapshot, snapshotWanted } from './store/archive-snapshot';
import { devSnapshotUse, followsContent } from './store/dev-snapshot';
import { heldStore, processStore } from './store/process-store';
import type { EventGroup, EventIndex } from './events/index';
import type { Article, ContentError, IndexedEntity } from './schema';
import { buildStore, NO_JOINS, type ArchiveStore, type EntityCount, type Redirect, type StoryJoins, type YearCounts } from './store/store';
import { RELATED_LIMIT, type Adjacent, type Related } from './store/joins';

export type { Adjacent, Related } from './store/joins';
export type { EventGroup, EventIndex } from './events/index';
export type { Republished, RepublishedLink } from './store/republications';
export type { ArchiveStore, EntityCount, Redirect, StoryJoins, YearCounts } from './store/store';
export { groupTimeline, countByYear, type Timeline, type TimelineYear, type TimelineMonth } from './store/timeline';
export type { Archive, Article, EventDate, StoryEvent, BodyBlock, ContentError, DateFact, Entity, EntityType, IndexedEntity, Mention, TextFact } from './schema';

let cached: ArchiveStore | undefined;

/**
 * A build process's store from the content check's snapshot, read as this module loads (another copy of it in
 * the process may have read it already); undefined when the snapshot is missing or stale, or holds content errors
 * in strict mode: then the compiler's loadArchive decides, as it always did (it compiles, or lists the errors).
 */
function snapshotStore(dir: string): ArchiveStore | undefined {
  const held = heldStore(() => dir);
  if (held) return held;
  const { files, gazetteer } = readContentFolder(dir);
  const archive = readArchiveSnapshot(gazetteer ? [...files, gazetteer] : files);
  if (archive === null || (isStrict() && archive.rejected.length > 0)) return undefined;
  return processStore(dir, () => archive);
}

/**
 * The compiler (the whole pipeline, with its language model, eld) and the dev server's live archive are imported
 * only by a process that may compile. Under `next build` every page worker finds the content check's snapshot
 * fresh as this module loads, and never loads them; the dev server, scripts and tests, or a build whose snapshot
 * is missing or stale, import them here, before any getter runs (the getters stay synchronous).
 */
const compiler = snapshotWanted() && snapshotStore(contentDir()) !== undefined ? null : await import('./archive');
const live = followsContent() ? await import('./store/live-archive') : null;

/** What this process imported at load; a getter never asks for what it did not (a folder or mode changed since is an error, not a silent compile). */
function loaded<T>(module: T | null, what: string): T {
  if (module === null) throw new Error(`lib/content: ${what} was not loaded in this process (CONTENT_DIR, ARCHIVE_SNAPSHOT or NODE_ENV changed after lib/content loaded)`);
  return module;
}

/**
 * The compiled archive as a read-only indexed store, built once per process (once per build
 * worker, shared by its bundles); in development, rebuilt from the changed files after the
 * content folder changes.
 */
export function getArchive(): ArchiveStore {
  if (followsContent()) {
    return loaded(live, 'the live archive').liveArchiveFor(contentDir(), devSnapshotUse()).get();
  }
  // Under `next build` every copy of this module in the process shares one store (./store/process-store.ts), as
  // does the build plan run by the content check, which registers the archive it compiled. Outside a build
  // (scripts, tests) a module keeps its own, so a test that imports it afresh reads afresh.
  if (snapshotWanted()) {
    const dir = contentDir();
    return processStore(dir, () => loaded(compiler, 'the compiler').loadArchive(dir));
  }
  cached ??= heldStore(() => contentDir()) ?? buildStore(loaded(compiler, 'the compiler').loadArchive());
  return cached;
}

/** Every published article in publication order: newest first, undated last, ties by id. */
export function getArticles(): readonly Article[] {
  return getArchive().articles;
}

/** The article at `slug`, or undefined. Previous slugs are not matched here: see getArticleByPreviousSlug. */
export function getArticle(slug: string): Article | undefined {
  return getArchive().bySlug.get(slug);
}

/** The article with the given id (a source file name without extension), or undefined. */
export function getArticleById(id: string): Article | undefined {
  return getArchive().byId.get(id);
}

/** The article that used to live at `slug` (one of its previousSlugs), or undefined. */
export function getArticleByPreviousSlug(slug: string): Article | undefined {
  return getArchive().byPreviousSlug.get(slug);
}

/** Old article URLs that must keep working: each previous slug and the slug it now points to. */
export function getRedirects(): readonly Redirect[] {
  return getArchive().redirects;
}

/** Every entity that tags at least one article, most-used first. */
export function getEntities(): readonly IndexedEntity[] {
  return getArchive().entities;
}

/** One entity by slug, or undefined. */
export function getEntity(slug: string): IndexedEntity | undefined {
  return getArchive().entityBySlug.get(slug);
}

/** The articles an entity tags, in publication order (empty for an unknown slug). */
export function getArticlesForEntity(slug: string): readonly Article[] {
  return getArchive().storiesOf.get(slug) ?? [];
}

/** Files in content/ that were not published, each with its reason. */
export function getRejected(): readonly ContentError[] {
  return getArchive().rejected;
}

/** Everything the store knows about one article: resolved entities, related, neighbours, parent (computed once, on first ask). */
export function getStoryJoins(article: Pick<Article, 'id'>): StoryJoins {
  return getArchive().joins.get(article.id) ?? NO_JOINS;
}

/** Articles sharing entities with `article`, most shared first (at most RELATED_LIMIT). */
export function getRelated(article: Pick<Article, 'id'>, limit = 5): readonly Related[] {
  return getStoryJoins(article).related.slice(0, Math.min(limit, RELATED_LIMIT));
}

/** The next-older and next-newer dated articles around `article`. */
export function getAdjacent(article: Pick<Article, 'id'>): Adjacent {
  return getStoryJoins(article).adjacent;
}

/** The gazetteer entries tagging `article`, in its salience order. */
export function getEntitiesOf(article: Pick<Article, 'id'>): readonly IndexedEntity[] {
  return getStoryJoins(article).entities;
}

/** Entities that tag the same articles as `slug`, with shared-article counts, most first. */
export function getCoOccurring(slug: string, limit = 10): readonly EntityCount[] {
  return (getArchive().coOccurring.get(slug) ?? []).slice(0, limit);
}

/** How an entity's stories spread over the years (oldest year first) and how many are undated. */
export function getYearCounts(entitySlug: string): YearCounts {
  return getArchive().years.get(entitySlug) ?? { counts: [], undated: 0 };
}

/**
 * The stories lists show, or an entity's, in publication order (the order of getArticles):
 * a republished copy is left out, so every list and count carries a story once.
 */
export function getChronology(entitySlug?: string): readonly Article[] {
  return entitySlug === undefined ? getArchive().listed : getArticlesForEntity(entitySlug);
}

/** The events of the whole archive (indexed once by the store, on first ask): timeline order, groups, per-entity and per-story lookups. */
export function getEventIndex(): EventIndex {
  return getArchive().events;
}

/** The event groups an entity takes part in, oldest first. */
export function getEntityEvents(slug: string): readonly EventGroup[] {
  return getArchive().events.groupsByEntity.get(slug) ?? [];
}

/** Events per year (oldest year first): the whole archive's, or one entity's. */
export function getEventYears(entitySlug?: string): readonly { year: number; count: number }[] {
  const { perYear, perYearByEntity } = getArchive().events;
  return entitySlug === undefined ? perYear : (perYearByEntity.get(entitySlug) ?? []);
}
