import Link from '@/components/archive-link';
import type { Article } from '@/lib/content/schema';
import { cn } from '@/lib/cn';
import { paths } from '@/lib/paths';
import { storyTextProps } from '@/lib/text-direction';
import { DateText } from './dateline';

/** First sentence-ish of the body, for a list teaser (cut on a word boundary). */
function teaser(article: Article, max = 180): string {
  const first = article.body.find((b) => b.kind === 'paragraph')?.text ?? '';
  return first.length <= max ? first : `${first.slice(0, max).replace(/\s\S*$/u, '')}…`;
}

const HEADINGS: Record<2 | 3 | 4, 'h2' | 'h3' | 'h4'> = { 2: 'h2', 3: 'h3', 4: 'h4' };

/** A list of stories: headline link, date at its precision, outlet, and an optional teaser. */
export function ArticleList({
  articles,
  withTeaser = true,
  className,
  headingLevel = 3,
}: {
  articles: readonly Article[];
  withTeaser?: boolean;
  className?: string;
  headingLevel?: 2 | 3 | 4;
}) {
  const H = HEADINGS[headingLevel];
  return (
    <ol className={cn('divide-y divide-stone-200 dark:divide-stone-800', className)}>
      {articles.map((a) => (
        <li key={a.id} className="py-4 first:pt-0">
          <H {...storyTextProps(a.language.value)} className="font-serif text-xl leading-snug font-semibold text-pretty">
            <Link href={paths.article(a.slug)} className="text-stone-900 hover:underline dark:text-stone-50">
              {a.title.value}
            </Link>
          </H>
          <p className="mt-1 font-sans text-sm text-stone-600 dark:text-stone-400">
            <DateText fact={a.datePublished} />
            {a.outlet ? <> · {a.outlet.value}</> : null}
          </p>
          {withTeaser ? <p {...storyTextProps(a.language.value)} className="mt-2 max-w-prose font-serif text-stone-700 dark:text-stone-300">{teaser(a)}</p> : null}
        </li>
      ))}
    </ol>
  );
}
