import Link from '@/components/archive-link';
import { JsonLd } from '@/components/json-ld';
import { SearchUI } from '@/components/search/search-ui';
import { jsonLdFor, metadataFor } from '@/lib/seo';
import { paths } from '@/lib/paths';
import './search.css';

export const metadata = metadataFor({ kind: 'search' });

/**
 * Full-text search over story bodies (Pagefind, built after `next build`).
 * The site's enhancement script starts Pagefind's own UI in the container SearchUI renders,
 * loading its bundle as a static file, so no inline script is needed under a strict CSP.
 */
export default function SearchPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd data={jsonLdFor({ kind: 'search' })} />
      <h1 className="mb-4 font-serif text-4xl font-semibold tracking-tight">Search the archive</h1>
      <p className="mb-6 font-serif text-lg text-stone-700 dark:text-stone-300">
        Searches the text of every story. Narrow results by entity or entity type, and sort by date.
      </p>
      <noscript>
        <p className="rounded border border-amber-400 bg-amber-50 p-4 font-sans text-stone-900">
          Search needs JavaScript, which is turned off here. You can still browse every story by subject in the{' '}
          <Link href={paths.tags()} className="underline underline-offset-4">tag index</Link> or by date in the <Link href={paths.timeline()} className="underline underline-offset-4">timeline</Link>.
        </p>
      </noscript>
      <SearchUI />
      <link rel="stylesheet" href="/pagefind/pagefind-ui.css" />
    </div>
  );
}
