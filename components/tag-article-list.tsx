import Link from '@/components/archive-link';
import type { Article } from '@/lib/content/schema';
import { mentionSnippets } from '@/lib/mention-snippets';
import { paths } from '@/lib/paths';
import { storyTextProps } from '@/lib/text-direction';
import { DateText } from './dateline';

/**
 * An entity's stories, each with the sentences that mention it, each linking to its paragraph.
 * The items are styled by the `tag-stories` rules in app/globals.css rather than by utilities on
 * every item: a tag page repeats them for each of its stories and snippets (docs/scale.md).
 */
export function TagArticleList({ articles, entity }: { articles: readonly Article[]; entity: string }) {
  return (
    <ol className="tag-stories">
      {articles.map((a) => {
        const snippets = mentionSnippets(a, entity);
        const textProps = storyTextProps(a.language.value);
        return (
          <li key={a.id}>
            <p>
              <DateText fact={a.datePublished} />
              {a.outlet ? <> · {a.outlet.value}</> : null}
            </p>
            <h3 {...textProps}>
              <Link href={paths.article(a.slug)}>
                {a.title.value}
              </Link>
            </h3>
            {snippets.length ? (
              <ul>
                {snippets.map((s, i) => (
                  <li key={i} {...textProps}>
                    {/* A plain link: a full load makes the paragraph the document's :target, so it is highlighted. */}
                    <a href={paths.article(a.slug, s.anchor)}>
                      {s.parts.map((part, j) =>
                        part.mark ? (
                          <mark key={j}>{part.text}</mark>
                        ) : (
                          part.text
                        ),
                      )}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
