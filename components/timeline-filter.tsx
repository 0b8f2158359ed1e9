export type FilterChip = { slug: string; name: string; href: string };

// One style for links (aria-current) and, once enhanced, toggle buttons (aria-pressed).
const CHIP =
  'inline-block rounded-full border border-stone-300 bg-white px-3 py-1 text-stone-800 hover:border-stone-500 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-200 ' +
  'aria-[current=page]:border-stone-900 aria-[current=page]:bg-stone-900 aria-[current=page]:text-white dark:aria-[current=page]:border-stone-100 dark:aria-[current=page]:bg-stone-100 dark:aria-[current=page]:text-stone-900 ' +
  'aria-pressed:border-stone-900 aria-pressed:bg-stone-900 aria-pressed:text-white dark:aria-pressed:border-stone-100 dark:aria-pressed:bg-stone-100 dark:aria-pressed:text-stone-900';

/**
 * Entity chips above the timeline: links to each entity's tag pages (its timeline), which is all a reader
 * without JavaScript needs. On the full timeline (`current` unset) the markup is marked for
 * enhance/timeline-filter.ts, which turns the chips into toggle buttons that filter the entries
 * on this page in place, with a link on to the chosen entity's full timeline.
 */
export function TimelineFilter({ chips, current, allHref }: { chips: readonly FilterChip[]; current?: string; allHref: string }) {
  return (
    <div className="mb-6 font-sans text-sm" data-timeline-filter data-filter-in-place={current === undefined ? '' : undefined}>
      <p className="mb-2 text-stone-600 dark:text-stone-400">Filter by entity:</p>
      <ul className="flex flex-wrap gap-2">
        <li data-filter-all>
          <a href={allHref} aria-current={current === undefined ? 'page' : undefined} className={CHIP}>
            All
          </a>
        </li>
        {chips.map((chip) => (
          <li key={chip.slug}>
            <a href={chip.href} data-filter-chip={chip.slug} aria-current={chip.slug === current ? 'page' : undefined} className={CHIP}>
              {chip.name}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-2 min-h-5 text-stone-600 dark:text-stone-400" aria-live="polite" data-filter-status />
    </div>
  );
}
