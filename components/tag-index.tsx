import Link from '@/components/archive-link';
import { PaginationNav } from '@/components/pagination-nav';
import type { IndexedEntity } from '@/lib/content/schema';
import { entityTypeLabel, groupByType } from '@/lib/entity-types';
import type { Page } from '@/lib/pagination';
import { paths, type TagSort } from '@/lib/paths';

/**
 * The look of every entry, set once on the list rather than on each of its hundreds of items,
 * so an entry's markup is just `<li><a>Name</a><span>12<span class="sr-only"> stories</span></span></li>`.
 */
const LIST = [
  '[&>li]:flex [&>li]:items-baseline [&>li]:justify-between [&>li]:gap-3 [&>li]:py-1',
  '[&>li>a]:hover:underline',
  '[&>li>span]:font-sans [&>li>span]:text-sm [&>li>span]:tabular-nums [&>li>span]:text-stone-600 [&>li>span]:dark:text-stone-400',
].join(' ');

/**
 * One page of the tag index: its slice of every entity (already in the sort's order), grouped
 * by type with story counts. Groups are formed within the page, so a long A–Z index runs
 * A–Z per type on each page. The sort is chosen by URL, so it works without JS.
 */
export function TagIndex({ entities, sort }: { entities: Page<IndexedEntity>; sort: TagSort }) {
  const groups = groupByType(entities.items);
  const option = (value: TagSort, label: string) => (
    <Link
      href={paths.tags(value)}
      aria-current={sort === value ? (entities.page === 1 ? 'page' : 'true') : undefined}
      className={
        sort === value
          ? 'rounded-md bg-stone-900 px-3 py-1.5 text-white dark:bg-stone-100 dark:text-stone-900'
          : 'rounded-md px-3 py-1.5 text-stone-700 hover:bg-stone-200 dark:text-stone-300 dark:hover:bg-stone-800'
      }
    >
      {label}
    </Link>
  );
  return (
    <div>
      <header className="mb-8 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-4xl font-semibold tracking-tight">Tags</h1>
          <p className="mt-2 text-stone-600 dark:text-stone-400">
            {entities.total} countries, people, organisations, weapon systems and places named in the stories.
            {entities.pageCount > 1 ? ` Page ${entities.page} of ${entities.pageCount}.` : null}
          </p>
        </div>
        <nav aria-label="Sort tags" className="flex items-center gap-1 font-sans text-sm">
          <span className="me-1 text-stone-600 dark:text-stone-400">Sort:</span>
          {option('name', 'A–Z')}
          {option('count', 'Most stories')}
        </nav>
      </header>
      <div className="grid gap-x-10 gap-y-8 sm:grid-cols-2 lg:grid-cols-3">
        {groups.map((g) => (
          <section key={g.type} aria-labelledby={`type-${g.type}`}>
            <h2 id={`type-${g.type}`} className="mb-2 border-b border-stone-200 pb-1 font-sans text-sm font-semibold uppercase tracking-wide text-stone-600 dark:border-stone-800 dark:text-stone-400">
              {entityTypeLabel(g.type, true)}
            </h2>
            <ul className={LIST}>
              {g.items.map((e) => (
                <li key={e.slug}>
                  <Link href={paths.tag(e.slug)}>
                    {e.name}
                  </Link>
                  <span>
                    {e.articles.length}
                    <span className="sr-only"> {e.articles.length === 1 ? 'story' : 'stories'}</span>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <PaginationNav base={paths.tags(sort)} page={entities.page} pageCount={entities.pageCount} label="More tags" labels={{ prev: '← Previous', next: 'Next →' }} />
    </div>
  );
}
