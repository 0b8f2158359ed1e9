import Link from '@/components/archive-link';
import type { Article } from '@/lib/content/schema';
import { paths } from '@/lib/paths';
import { storyTextProps } from '@/lib/text-direction';
import { sourceFileName } from '@/lib/source-file-name';

const REASONS: Record<Article['removed'][number]['reason'], string> = {
  ticker: 'exchange-rate ticker',
  navigation: 'site navigation',
  'site-prompt': 'site prompt',
  'category-label': 'category label',
  'photo-credit': 'photo credit',
  'trailing-section': 'trailing page section',
  'related-marker': 'related-stories heading',
  'related-block': 'related-links block',
  'related-article': 'related story (published separately)',
  'date-widget': "site's today's-date widget",
  'relative-time': 'relative time',
  embed: 'embedded post or video notice',
  counter: 'view or comment counter',
  weather: 'weather widget',
  'page-title': 'page title with site name',
  caption: 'photo caption',
  byline: 'repeated byline or date',
  'site-template': 'repeats across the site',
};

/**
 * Where the story came from: its source file, what the cleaner removed (line, text,
 * reason), editor's notes, and the parent story when it was recovered from another
 * file's related block. `parent` is resolved by the page through lib/content.
 */
export function SourcePanel({ article, parent }: { article: Article; parent: Pick<Article, 'slug' | 'title' | 'language'> | null }) {
  const fileName = sourceFileName(article.sourceFile);
  return (
    <section aria-labelledby="source-heading" className="mt-12 rounded-lg border border-stone-200 bg-white p-5 font-sans text-sm dark:border-stone-800 dark:bg-stone-900">
      <h2 id="source-heading" className="text-base font-semibold">
        Source
      </h2>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2">
        <dt className="text-stone-600 dark:text-stone-400">File</dt>
        <dd>
          <code className="break-all">{fileName}</code>
        </dd>
        {article.sourceUrl ? (
          <>
            <dt className="text-stone-600 dark:text-stone-400">Original URL</dt>
            <dd className="break-all">{article.sourceUrl.value}</dd>
          </>
        ) : null}
        {article.outlet ? (
          <>
            <dt className="text-stone-600 dark:text-stone-400">Outlet</dt>
            <dd>
              {article.outlet.value} <span className="text-stone-600 dark:text-stone-400">— {article.outlet.evidence}</span>
            </dd>
          </>
        ) : null}
        {article.author ? (
          <>
            <dt className="text-stone-600 dark:text-stone-400">Author</dt>
            <dd>
              {article.author.value} <span className="text-stone-600 dark:text-stone-400">— {article.author.evidence}</span>
            </dd>
          </>
        ) : null}
        {parent ? (
          <>
            <dt className="text-stone-600 dark:text-stone-400">Recovered from</dt>
            <dd>
              the related-stories block of <Link href={paths.article(parent.slug)} {...storyTextProps(parent.language.value)} className="underline underline-offset-4">{parent.title.value}</Link>
            </dd>
          </>
        ) : null}
      </dl>
      {article.editorNotes.length ? (
        <>
          <h3 className="mt-4 font-semibold">Editor’s notes</h3>
          <ul className="mt-1 list-disc space-y-1 ps-5">
            {article.editorNotes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}
      {article.removed.length ? (
        <details className="mt-4">
          <summary className="cursor-pointer font-semibold">
            Removed as boilerplate ({article.removed.length} {article.removed.length === 1 ? 'line' : 'lines'})
          </summary>
          <ol className="mt-2 space-y-1">
            {article.removed.map((r, i) => (
              // A glued line split in parts gives several removed entries one line number.
              <li key={`${r.line}-${i}`} className="grid grid-cols-[3.5rem_1fr] gap-x-2">
                <span className="text-end text-stone-600 tabular-nums dark:text-stone-400">line {r.line}</span>
                <span>
                  <q lang={r.lang} className="break-words">{r.text}</q>{' '}
                  <span className="text-stone-600 dark:text-stone-400">— {REASONS[r.reason]}{r.detail ? ` (${r.detail})` : null}</span>
                </span>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
