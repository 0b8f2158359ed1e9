/**
 * Sorts the export's HTML files into the reader's page types, by URL shape and, for old
 * article URLs, by their refresh tag.
 */
export type PageKind = 'home' | 'article' | 'redirect' | 'tag-index' | 'tag' | 'timeline' | 'entity-timeline' | 'not-found' | 'other';

/** The page type of an export file, from its URL path (`/tags/x/`) and its HTML. */
export function pageKind(urlPath: string, html: string): PageKind {
  if (urlPath === '/') return 'home';
  if (urlPath === '/404.html' || urlPath === '/404/' || urlPath === '/_not-found/') return 'not-found';
  if (urlPath.startsWith('/articles/')) return /<meta http-equiv="refresh"/i.test(html) ? 'redirect' : 'article';
  if (urlPath === '/tags/' || urlPath === '/tags/by-count/') return 'tag-index';
  if (urlPath.startsWith('/tags/')) return 'tag';
  // The latest stories, a year's or the undated stories' pages; anything else under /timeline/ is an entity's old (moved) address.
  if (urlPath === '/timeline/' || /^\/timeline\/(?:\d{4}|undated)\/(?:page\/\d+\/)?$/.test(urlPath)) return 'timeline';
  if (urlPath.startsWith('/timeline/')) return 'entity-timeline';
  return 'other';
}
