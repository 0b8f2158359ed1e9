import type { Article } from './schema';

/**
 * Archive order: newest first by publication date at its known precision; a
 * month-only date sorts after the days of that month; undated articles last; ties by id.
 */
export function compareArticles(a: Article, b: Article): number {
  const av = a.datePublished.value;
  const bv = b.datePublished.value;
  if (av !== bv) {
    if (av === null) return 1;
    if (bv === null) return -1;
    return av < bv ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
