import type { Article } from '@/lib/content/schema';
import { paths } from '@/lib/paths';

/**
 * The page left at an article's old URL: a refresh to the new one (React puts the meta
 * in <head>) and a plain link for anyone whose browser does not follow it.
 */
export function RedirectNotice({ to }: { to: Pick<Article, 'slug' | 'title'> }) {
  const href = paths.article(to.slug);
  return (
    <div className="mx-auto max-w-[65ch] py-10">
      <meta httpEquiv="refresh" content={`0; url=${href}`} />
      <h1 className="font-serif text-3xl font-semibold">This story has moved</h1>
      <p className="mt-4 text-lg">
        It now lives at{' '}
        <a href={href} className="underline underline-offset-4">
          {to.title.value}
        </a>
        .
      </p>
    </div>
  );
}
