/**
 * The one door to the content. Pages, route handlers and scripts call these
 * functions; nothing outside lib/content reads content/ itself.
 */
import { loadArchive } from './archive';
import { adjacentInOrder, datedNewestFirst, type Adjacent } from './adjacent';
import { sortNewestFirst } from './publication-order';
import { coOccurringEntities, relatedArticles, type Related } from './related';
import { buildEventIndex, type EventGroup, type EventIndex } from './events/index';
import type { Archive, Article, ContentError, IndexedEntity } from './schema';

export type { Adjacent } from './adjacent';
export type { Related } from './related';
export { groupTimeline, countByYear, type Timeline, type TimelineYear, type TimelineMonth } from './timeline';
export type { EventGroup, EventIndex } from './events/index';
export { countEventsByYear, eventYear } from './events/index';
export type { Archive, Article, EventDate, StoryEvent, BodyBlock, ContentError, DateFact, Entity, EntityType, IndexedEntity, Mention, TextFact } from './schema';

let cached: Archive | undefined;

/** The compiled archive, computed once per process (once per build worker). */
export function getArchive(): Archive {
  cached ??= loadArchive();
  return cached;
}

/** Every published article, newest first; undated articles last, by id. */
export function getArticles(): Article[] {
  return getArchive().articles;
}

/** The article at `slug`, or undefined. Previous slugs are not matched here: see getRedirects. */
export function getArticle(slug: string): Article | undefined {
  return getArchive().articles.find((a) => a.slug === slug);
}

/** The article with the given id (a source file name without extension), or undefined. */
export function getArticleById(id: string): Article | undefined {
  return getArchive().articles.find((a) => a.id === id);
}

/** Old article URLs that must keep working: each previous slug and the slug it now points to. */
export function getRedirects(): { from: string; to: string }[] {
  return getArchive().articles.flatMap((a) => a.previousSlugs.map((from) => ({ from, to: a.slug })));
}

/** Every entity that tags at least one article, most-used first. */
export function getEntities(): IndexedEntity[] {
  return getArchive().entities;
}

/** One entity by slug, or undefined. */
export function getEntity(slug: string): IndexedEntity | undefined {
  return getArchive().entities.find((e) => e.slug === slug);
}

/** The articles an entity tags, newest first. */
export function getArticlesForEntity(slug: string): Article[] {
  const entity = getEntity(slug);
  if (!entity) return [];
  const ids = new Set(entity.articles);
  return getArticles().filter((a) => ids.has(a.id));
}

/** Files in content/ that were not published, each with its reason. */
export function getRejected(): ContentError[] {
  return getArchive().rejected;
}

// Reader queries: each is implemented in its own module; these wrappers only bind them to the archive.

/** Publication orders computed once per process, like the archive itself. */
let chronology: Article[] | undefined;
let datedOrder: Article[] | undefined;

/** Articles sharing entities with `article`, most shared first (see ./related). */
export function getRelated(article: Article, limit = 5): Related<Article>[] {
  return relatedArticles(article, getArticles(), limit);
}

/** The next-older and next-newer dated articles around `article` (see ./adjacent). */
export function getAdjacent(article: Article): Adjacent<Article> {
  datedOrder ??= datedNewestFirst(getArticles());
  return adjacentInOrder(article, datedOrder);
}

/** Entities that tag the same articles as `slug`, with shared-article counts (see ./related). */
export function getCoOccurring(slug: string, limit = 10): { entity: IndexedEntity; count: number }[] {
  return coOccurringEntities(slug, getArticlesForEntity(slug), Number.POSITIVE_INFINITY)
    .flatMap(({ slug: s, count }) => {
      const entity = getEntity(s);
      return entity ? [{ entity, count }] : [];
    })
    .slice(0, limit);
}

/** Every article (or an entity's articles) in publication order, newest first, undated last (see ./publication-order). */
export function getChronology(entitySlug?: string): Article[] {
  // Sorted once per process: every timeline, tag and article page of a large archive asks for it.
  chronology ??= sortNewestFirst(getArticles());
  if (entitySlug === undefined) return [...chronology];
  const ids = new Set(getEntity(entitySlug)?.articles ?? []);
  return chronology.filter((a) => ids.has(a.id));
}

// Events (see ./events): computed once per process from the archive, then looked up by key.

let events: EventIndex | undefined;

/** The events of the whole archive: timeline order, groups, per-entity and per-story lookups. */
export function getEventIndex(): EventIndex {
  // Countries are too broad to say that two stories report the same event.
  events ??= buildEventIndex(getArticles(), (slug) => getEntity(slug)?.type === 'country');
  return events;
}

/** The event groups an entity takes part in, oldest first. */
export function getEntityEvents(slug: string): EventGroup[] {
  return getEventIndex().groupsByEntity.get(slug) ?? [];
}
