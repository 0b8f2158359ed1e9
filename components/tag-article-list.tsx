import Link from '@/components/archive-link';
import type { Article } from '@/lib/content/schema';
import { mentionSnippets } from '@/lib/mention-snippets';
import { paths } from '@/lib/paths';
import { storyTextProps } from '@/lib/text-direction';
import { DateText } from './dateline';

/** An entity's stories, each with the sentences that mention it, each linking to its paragraph. */
export function TagArticleList({ articles, entity }: { articles: readonly Article[]; entity: string }) {
  return (
    <ol className="divide-y divide-stone-200 dark:divide-stone-800">
      {articles.map((a) => {
        const snippets = mentionSnippets(a, entity);
        return (
          <li key={a.id} className="py-5 first:pt-0">
            <p className="font-sans text-sm text-stone-600 dark:text-stone-400">
              <DateText fact={a.datePublished} />
              {a.outlet ? <> · {a.outlet.value}</> : null}
            </p>
            <h3 {...storyTextProps(a.language.value)} className="mt-1 font-serif text-xl leading-snug font-semibold">
              <Link href={paths.article(a.slug)} className="hover:underline">
                {a.title.value}
              </Link>
            </h3>
            {snippets.length ? (
              <ul className="mt-3 space-y-2">
                {snippets.map((s, i) => (
                  <li key={i} {...storyTextProps(a.language.value)} className="border-s-2 border-stone-300 ps-3 font-serif text-stone-700 dark:border-stone-700 dark:text-stone-300">
                    {/* A plain link: a full load makes the paragraph the document's :target, so it is highlighted. */}
                    <a href={paths.article(a.slug, s.anchor)} className="hover:underline">
                      {s.parts.map((part, j) =>
                        part.mark ? (
                          <mark key={j} className="rounded-sm bg-amber-100 px-0.5 text-inherit dark:bg-amber-300/20">
                            {part.text}
                          </mark>
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
