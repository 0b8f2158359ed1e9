/**
 * The site's internal URLs, written once. Every route ends in a slash (trailingSlash).
 */
import { pagePath } from '@/lib/pagination';

/** `/articles/<slug>/`, optionally at a paragraph (`#p-3`). */
export const articlePath = (slug: string, anchor?: string) => `/articles/${slug}/${anchor ? `#${anchor}` : ''}`;

/** `/tags/<slug>/`, or its n-th page. */
export const tagPath = (slug: string, page = 1) => pagePath(`/tags/${slug}/`, page);

/** `/timeline/`, an entity's `/timeline/<slug>/`, or their n-th page. */
export const timelinePath = (entity?: string, page = 1) => pagePath(entity ? `/timeline/${entity}/` : '/timeline/', page);

/** Path segments that are route names and so can never be an entity's slug in these places. */
export const RESERVED_SEGMENTS: readonly string[] = ['page', 'by-count'];

/**
 * Reads a timeline URL's catch-all segments: `[]`, `['page','2']`, `['belarus']` or
 * `['belarus','page','2']`. Undefined when the shape is wrong (the entity is not checked here).
 */
export function parseTimelineSegments(segments: readonly string[] | undefined): { entity: string | undefined; page: number } | undefined {
  const parts = segments ?? [];
  const hasEntity = parts.length % 2 === 1;
  const entity = hasEntity ? parts[0] : undefined;
  if (entity !== undefined && RESERVED_SEGMENTS.includes(entity)) return undefined;
  const rest = hasEntity ? parts.slice(1) : parts;
  if (rest.length === 0) return { entity, page: 1 };
  if (rest.length !== 2 || rest[0] !== 'page' || !/^[1-9]\d*$/.test(rest[1] ?? '')) return undefined;
  const page = Number(rest[1]);
  return page >= 2 ? { entity, page } : undefined;
}
