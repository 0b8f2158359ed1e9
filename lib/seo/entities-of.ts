/**
 * The gazetteer entries that tag an article, in its salience order: what
 * Open Graph tags, JSON-LD about/mentions, feed categories and search filters list.
 */
import { getEntitiesOf, type Article, type Entity } from '@/lib/content';

/** The entities tagging `article` that the gazetteer knows, in salience order (a keyed lookup in the store). */
export function entitiesOf(article: Pick<Article, 'id'>): readonly Entity[] {
  return getEntitiesOf(article);
}
