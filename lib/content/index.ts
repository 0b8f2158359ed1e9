/**
 * The one door to the content. Pages, route handlers and scripts call these
 * functions; nothing outside lib/content reads content/ itself.
 */
import { loadArchive } from './archive';
import type { Archive, Article, ContentError, IndexedEntity } from './schema';

export type { Archive, Article, BodyBlock, ContentError, DateFact, Entity, EntityType, IndexedEntity, Mention, TextFact } from './schema';

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
