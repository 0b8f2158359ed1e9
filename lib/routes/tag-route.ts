/**
 * The one lookup for everything under /tags/: the index (`/tags/`, `/tags/by-count/`), an
 * entity's page (`/tags/<slug>/`) and its further pages (`/tags/<slug>/page/<n>/`). One
 * optional catch-all route serves them all, so the export never has an empty route even
 * when no entity tags anything.
 */
import { notFound } from 'next/navigation';
import { getChronology, getCoOccurring, getEntities, getEntity, getYearCounts, type Article, type EntityCount, type IndexedEntity, type YearCounts } from '@/lib/content';
import { extraPageNumbers, paginate, type Page } from '@/lib/pagination';
import { parseTagSegments, RESERVED_SEGMENTS, tagSegments, type TagSort } from '@/lib/paths';

export type { TagSort } from '@/lib/paths';
export type TagParams = Promise<{ path?: string[] }>;
export type TagRoute =
  | { kind: 'index'; sort: TagSort; entities: readonly IndexedEntity[] }
  | { kind: 'entity'; entity: IndexedEntity; articles: Page<Article>; years: YearCounts; together: readonly EntityCount[] };

/** Every /tags/ page to export: the index in both sorts, then each entity's pages. */
export function tagStaticParams(): { path: string[] }[] {
  return [
    { path: tagSegments({ kind: 'index', sort: 'name' }) },
    { path: tagSegments({ kind: 'index', sort: 'count' }) },
    ...getEntities()
      .filter((e) => !RESERVED_SEGMENTS.includes(e.slug))
      .flatMap((e) => [1, ...extraPageNumbers(e.articles.length)].map((page) => ({ path: tagSegments({ kind: 'entity', entity: e.slug, page }) }))),
  ];
}

/** Resolves the route's params, or calls notFound(). */
export async function tagFromParams(params: TagParams): Promise<TagRoute> {
  const parsed = parseTagSegments((await params).path);
  if (!parsed) notFound();
  if (parsed.kind === 'index') return { kind: 'index', sort: parsed.sort, entities: getEntities() };
  const entity = getEntity(parsed.entity);
  if (!entity) notFound();
  const articles = paginate(getChronology(entity.slug), parsed.page);
  if (!articles) notFound();
  return { kind: 'entity', entity, articles, years: getYearCounts(entity.slug), together: getCoOccurring(entity.slug) };
}
