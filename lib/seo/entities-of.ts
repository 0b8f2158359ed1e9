/**
 * The gazetteer entries that tag an article, in its salience order: what
 * Open Graph tags, JSON-LD about/mentions, feed categories and search filters list.
 */
import { getEntity, type Article, type Entity } from '@/lib/content';

/** The entities tagging `article` that the gazetteer knows, in salience order. */
export function entitiesOf(article: Pick<Article, 'entities'>): Entity[] {
  return article.entities.flatMap((e) => getEntity(e.slug) ?? []);
}
