/**
 * The one lookup for /tags/<slug>/ and /tags/<slug>/page/<n>/: the entity and one page
 * of its articles, newest first.
 */
import { notFound } from 'next/navigation';
import { getChronology, getEntities, getEntity, type Article, type IndexedEntity } from '@/lib/content';
import { extraPageNumbers, pageFromSegments, paginate, type Page } from '@/lib/pagination';
import { RESERVED_SEGMENTS } from '@/lib/urls';

export type TagParams = Promise<{ slug: string; page?: string[] }>;
export type TagRoute = { entity: IndexedEntity; articles: Page<Article>; all: Article[] };

/** Every tag page to export: each entity's first page and its further pages. */
export function tagStaticParams(): { slug: string; page?: string[] }[] {
  return getEntities()
    .filter((e) => !RESERVED_SEGMENTS.includes(e.slug))
    .flatMap((e) => [{ slug: e.slug, page: [] }, ...extraPageNumbers(e.articles.length).map((n) => ({ slug: e.slug, page: ['page', String(n)] }))]);
}

/** Resolves the route's params, or calls notFound(). */
export async function tagFromParams(params: TagParams): Promise<TagRoute> {
  const { slug, page } = await params;
  const entity = getEntity(slug);
  const n = pageFromSegments(page);
  if (!entity || n === undefined) notFound();
  const all = getChronology(slug);
  const articles = paginate(all, n);
  if (!articles) notFound();
  return { entity, articles, all };
}
