/**
 * The one lookup for everything under /tags/: the index (`/tags/`, `/tags/by-count/`), an
 * entity's page (`/tags/<slug>/`) and its further pages (`/tags/<slug>/page/<n>/`). One
 * optional catch-all route serves them all, so the export never has an empty route even
 * when no entity tags anything.
 */
import { notFound } from 'next/navigation';
import { getChronology, getEntities, getEntity, type Article, type IndexedEntity } from '@/lib/content';
import { extraPageNumbers, pageFromSegments, paginate, type Page } from '@/lib/pagination';
import { RESERVED_SEGMENTS } from '@/lib/urls';

export type TagParams = Promise<{ path?: string[] }>;
export type TagSort = 'name' | 'count';
export type TagRoute =
  | { kind: 'index'; sort: TagSort; entities: readonly IndexedEntity[] }
  | { kind: 'entity'; entity: IndexedEntity; articles: Page<Article>; all: readonly Article[] };

/** Every /tags/ page to export: the index in both sorts, then each entity's pages. */
export function tagStaticParams(): { path: string[] }[] {
  return [
    { path: [] },
    { path: ['by-count'] },
    ...getEntities()
      .filter((e) => !RESERVED_SEGMENTS.includes(e.slug))
      .flatMap((e) => [{ path: [e.slug] }, ...extraPageNumbers(e.articles.length).map((n) => ({ path: [e.slug, 'page', String(n)] }))]),
  ];
}

/** Resolves the route's params, or calls notFound(). */
export async function tagFromParams(params: TagParams): Promise<TagRoute> {
  const [first, ...rest] = (await params).path ?? [];
  if (first === undefined) return { kind: 'index', sort: 'name', entities: getEntities() };
  if (first === 'by-count' && rest.length === 0) return { kind: 'index', sort: 'count', entities: getEntities() };
  const entity = RESERVED_SEGMENTS.includes(first) ? undefined : getEntity(first);
  const n = pageFromSegments(rest);
  if (!entity || n === undefined) notFound();
  const all = getChronology(entity.slug);
  const articles = paginate(all, n);
  if (!articles) notFound();
  return { kind: 'entity', entity, articles, all };
}
