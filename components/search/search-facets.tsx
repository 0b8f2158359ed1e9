import type { Article, Entity } from '@/lib/content/schema';
import { ENTITY_TYPE_LABEL } from '@/lib/seo/routes';

/**
 * What the Pagefind index learns about a story besides its body text: its
 * title, the entities it is tagged with and their types (filters) and its date
 * (sort key, at its real precision; undated stories get none and sort last).
 * Rendered hidden next to the story; Pagefind reads filters and meta outside
 * `data-pagefind-body` too.
 */
export function SearchFacets({ article, entities }: { article: Article; entities: readonly Entity[] }) {
  const types = [...new Set(entities.map((e) => ENTITY_TYPE_LABEL[e.type]))];
  const date = article.datePublished.value;
  return (
    <div hidden data-search-facets>
      <span data-pagefind-meta="title">{article.title.value}</span>
      {date ? <span data-pagefind-sort="date">{date}</span> : null}
      {date ? <span data-pagefind-meta="date">{date}</span> : null}
      {entities.map((e) => (
        <span key={e.slug} data-pagefind-filter="entity">
          {e.name}
        </span>
      ))}
      {types.map((t) => (
        <span key={t} data-pagefind-filter="type">
          {t}
        </span>
      ))}
    </div>
  );
}
