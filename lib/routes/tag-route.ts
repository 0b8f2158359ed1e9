/**
 * The one lookup for everything under /tags/: the index (`/tags/`, `/tags/by-count/`, and
 * their `page/<n>/` once the entities outgrow one page), an
 * entity's page (`/tags/<slug>/`) and its further pages (`/tags/<slug>/page/<n>/`). One
 * optional catch-all route serves them all, so the export never has an empty route even
 * when no entity tags anything.
 */
import { notFound } from 'next/navigation';
import { getChronology, getCoOccurring, getEntities, getEntity, getYearCounts, type Article, type EntityCount, type IndexedEntity, type YearCounts } from '@/lib/content';
import { tagIndexOrder } from '@/lib/entity-types';
import { extraPageNumbers, paginate, TAG_INDEX_PAGE_SIZE, type Page } from '@/lib/pagination';
import { parseTagSegments, RESERVED_SEGMENTS, tagSegments, type TagSort } from '@/lib/paths';

export type { TagSort } from '@/lib/paths';
export type TagParams = Promise<{ path?: string[] }>;
export type TagRoute =
  /** `entities` is this page's slice of the whole index in this sort. */
  | { kind: 'index'; sort: TagSort; entities: Page<IndexedEntity> }
  | { kind: 'entity'; entity: IndexedEntity; articles: Page<Article>; years: YearCounts; together: readonly EntityCount[] };

/** Every /tags/ page to export: the index's pages in both sorts, then each entity's pages. */
export function tagStaticParams(): { path: string[] }[] {
  const indexPages = [1, ...extraPageNumbers(getEntities().length, TAG_INDEX_PAGE_SIZE)];
  const sorts: TagSort[] = ['name', 'count'];
  return [
    ...sorts.flatMap((sort) => indexPages.map((page) => ({ path: tagSegments({ kind: 'index', sort, page }) }))),
    ...getEntities()
      .filter((e) => !RESERVED_SEGMENTS.includes(e.slug))
      .flatMap((e) => [1, ...extraPageNumbers(e.articles.length)].map((page) => ({ path: tagSegments({ kind: 'entity', entity: e.slug, page }) }))),
  ];
}

/** Resolves the route's params, or calls notFound(). */
export async function tagFromParams(params: TagParams): Promise<TagRoute> {
  const parsed = parseTagSegments((await params).path);
  if (!parsed) notFound();
  if (parsed.kind === 'index') {
    const entities = paginate(tagIndexOrder(getEntities(), parsed.sort), parsed.page, TAG_INDEX_PAGE_SIZE);
    if (!entities) notFound();
    return { kind: 'index', sort: parsed.sort, entities };
  }
  const entity = getEntity(parsed.entity);
  if (!entity) notFound();
  const articles = paginate(getChronology(entity.slug), parsed.page);
  if (!articles) notFound();
  return { kind: 'entity', entity, articles, years: getYearCounts(entity.slug), together: getCoOccurring(entity.slug) };
}
