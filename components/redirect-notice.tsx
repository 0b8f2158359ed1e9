import type { Article } from '@/lib/content/schema';
import { paths } from '@/lib/paths';
import { storyTextProps } from '@/lib/text-direction';

/**
 * The page left at an article's old URL: a refresh to the new one (React puts the meta
 * in <head>) and a plain link for anyone whose browser does not follow it.
 */
export function RedirectNotice({ to }: { to: Pick<Article, 'slug' | 'title' | 'language'> }) {
  const href = paths.article(to.slug);
  return (
    <div className="mx-auto max-w-[65ch] py-10">
      <meta httpEquiv="refresh" content={`0; url=${href}`} />
      <h1 className="font-serif text-3xl font-semibold">This story has moved</h1>
      <p className="mt-4 text-lg">
        It now lives at{' '}
        <a href={href} {...storyTextProps(to.language.value)} className="underline underline-offset-4">
          {to.title.value}
        </a>
        .
      </p>
    </div>
  );
}
