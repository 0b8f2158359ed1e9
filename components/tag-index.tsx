import Link from '@/components/archive-link';
import type { IndexedEntity } from '@/lib/content/schema';
import { entityTypeLabel, groupByType } from '@/lib/entity-types';
import { paths, type TagSort } from '@/lib/paths';

const byName = (a: IndexedEntity, b: IndexedEntity) => a.name.localeCompare(b.name, 'en');
const byCount = (a: IndexedEntity, b: IndexedEntity) => b.articles.length - a.articles.length || byName(a, b);

/** Every entity grouped by type with its story count; the sort is chosen by URL, so it works without JS. */
export function TagIndex({ entities, sort }: { entities: readonly IndexedEntity[]; sort: TagSort }) {
  const groups = groupByType([...entities].sort(sort === 'name' ? byName : byCount));
  const option = (value: TagSort, label: string) => (
    <Link
      href={paths.tags(value)}
      aria-current={sort === value ? 'page' : undefined}
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
            {entities.length} countries, people, organisations, weapon systems and places named in the stories.
          </p>
        </div>
        <nav aria-label="Sort tags" className="flex items-center gap-1 font-sans text-sm">
          <span className="mr-1 text-stone-600 dark:text-stone-400">Sort:</span>
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
            <ul>
              {g.items.map((e) => (
                <li key={e.slug} className="flex items-baseline justify-between gap-3 py-1">
                  <Link href={paths.tag(e.slug)} className="hover:underline">
                    {e.name}
                  </Link>
                  <span className="font-sans text-sm tabular-nums text-stone-600 dark:text-stone-400">
                    {e.articles.length}
                    <span className="sr-only"> {e.articles.length === 1 ? 'story' : 'stories'}</span>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
