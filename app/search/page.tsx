import Link from 'next/link';
import { JsonLd } from '@/components/json-ld';
import { jsonLdFor, metadataFor } from '@/lib/seo';
import { paths } from '@/lib/paths';

export const metadata = metadataFor({ kind: 'search' });

/**
 * Full-text search over story bodies (Pagefind, built after `next build`).
 * Everything interactive comes from static files: the Pagefind UI bundle and
 * /search-init.js, so no inline script is needed under a strict CSP.
 */
export default function SearchPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd data={jsonLdFor({ kind: 'search' })} />
      <h1 className="mb-4 text-3xl font-bold">Search the archive</h1>
      <p className="mb-6 text-slate-700 dark:text-slate-300">
        Searches the text of every story. Narrow results by entity or entity type, and sort by date.
      </p>
      <noscript>
        <p className="rounded border border-amber-400 bg-amber-50 p-4 text-slate-900">
          Search needs JavaScript, which is turned off here. You can still browse every story by subject in the{' '}
          <Link href={paths.tags()}>tag index</Link> or by date in the <Link href={paths.timeline()}>timeline</Link>.
        </p>
      </noscript>
      <div className="mb-4 hidden items-center gap-2 text-sm" data-search-sort>
        <label htmlFor="search-sort">Sort results</label>
        <select id="search-sort" className="rounded border border-slate-400 bg-transparent px-2 py-1">
          <option value="relevance">by relevance</option>
          <option value="newest">newest first</option>
          <option value="oldest">oldest first</option>
        </select>
      </div>
      <div id="search" />
      <link rel="stylesheet" href="/pagefind/pagefind-ui.css" />
      <script src="/pagefind/pagefind-ui.js" defer />
      <script src="/search-init.js" defer />
    </div>
  );
}
