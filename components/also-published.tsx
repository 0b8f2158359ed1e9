import Link from '@/components/archive-link';
import type { Republished } from '@/lib/content';
import { paths } from '@/lib/paths';
import { DateText } from './dateline';
import { storyTextProps } from '@/lib/text-direction';

const percent = (x: number) => `${Math.round(x * 100)}%`;

const BY_WORDS: Record<Republished['alsoPublished'][number]['pair']['originalBy'], string> = {
  editor: 'an editor named it',
  'earlier-date': 'it was published first',
  'longer-text': 'it is the fuller text and no date settles it',
  'file-order': 'its file comes first and neither date nor length settles it',
};

/**
 * "Also published by X as 'Y'": the other files that carry this story's text (see
 * lib/content/republication), with how alike they are and which one is the original.
 * Nothing is rendered for a story published once.
 */
export function AlsoPublished({ republished }: { republished: Republished }) {
  const { copyOf, alsoPublished } = republished;
  if (alsoPublished.length === 0) return null;
  return (
    <aside aria-labelledby="also-published-heading" className="mt-6 rounded-lg border border-stone-200 bg-stone-50 p-4 font-sans text-sm dark:border-stone-800 dark:bg-stone-900">
      <h2 id="also-published-heading" className="font-semibold">
        {copyOf ? 'A republished text' : 'Republished elsewhere'}
      </h2>
      {copyOf ? (
        <p className="mt-1 text-stone-700 dark:text-stone-300">
          The archive counts this story once, under the original ({BY_WORDS[copyOf.pair.originalBy]}); lists and feeds show that one.
        </p>
      ) : null}
      <ul className="mt-2 space-y-2">
        {alsoPublished.map(({ article, pair }) => (
          <li key={article.id}>
            Also published {article.outlet ? <>by {article.outlet.value} </> : null}as{' '}
            <Link href={paths.article(article.slug)} className="underline underline-offset-4">
              “<span {...storyTextProps(article.language.value)}>{article.title.value}</span>”
            </Link>
            {copyOf?.article.id === article.id ? ' (the original)' : null}
            <span className="text-stone-600 dark:text-stone-400">
              {' '}· <DateText fact={article.datePublished} /> · same text: {percent(pair.containment)} of the shorter one’s word sequences
            </span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
