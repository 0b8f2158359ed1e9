'use client';

import { useEffect, useState } from 'react';

export type FilterChip = { slug: string; name: string; href: string };

const chipClass = (on: boolean) =>
  on
    ? 'inline-block rounded-full border border-stone-900 bg-stone-900 px-3 py-1 text-white dark:border-stone-100 dark:bg-stone-100 dark:text-stone-900'
    : 'inline-block rounded-full border border-stone-300 bg-white px-3 py-1 text-stone-800 hover:border-stone-500 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-200';

/** Shows only the timeline entries tagged `slug` (all when null); returns how many are shown. */
function applyFilter(slug: string | null): number {
  let count = 0;
  document.querySelectorAll<HTMLElement>('.timeline-entry').forEach((el) => {
    const match = slug === null || (el.dataset.entities ?? '').split(' ').includes(slug);
    el.hidden = !match;
    if (match) count++;
  });
  document.querySelectorAll<HTMLElement>('.timeline-group').forEach((group) => {
    group.hidden = slug !== null && group.querySelector('.timeline-entry:not([hidden])') === null;
  });
  return count;
}

/**
 * Entity chips above the timeline. Server-rendered (and without JavaScript) they are
 * links to the per-entity timelines. On the full timeline, once JavaScript runs, they
 * become toggle buttons that filter the entries on this page in place, with a link to
 * the chosen entity's full timeline.
 */
export function TimelineFilter({ chips, current, allHref }: { chips: readonly FilterChip[]; current?: string; allHref: string }) {
  const [enhanced, setEnhanced] = useState(false);
  const [active, setActive] = useState<string | null>(null);
  const [shown, setShown] = useState<number | null>(null);

  useEffect(() => setEnhanced(current === undefined), [current]);
  useEffect(() => {
    if (!enhanced) return;
    const count = applyFilter(active);
    setShown(active === null ? null : count);
  }, [enhanced, active]);

  const activeChip = chips.find((c) => c.slug === active);
  return (
    <div className="mb-6 font-sans text-sm">
      <p className="mb-2 text-stone-600 dark:text-stone-400">
        Filter by entity:
      </p>
      <ul className="flex flex-wrap gap-2">
        {enhanced ? null : (
          <li>
            <a href={allHref} aria-current={current === undefined ? 'page' : undefined} className={chipClass(current === undefined)}>
              All
            </a>
          </li>
        )}
        {chips.map((chip) => (
          <li key={chip.slug}>
            {enhanced ? (
              <button type="button" aria-pressed={chip.slug === active} className={chipClass(chip.slug === active)} onClick={() => setActive(chip.slug === active ? null : chip.slug)}>
                {chip.name}
              </button>
            ) : (
              <a href={chip.href} aria-current={chip.slug === current ? 'page' : undefined} className={chipClass(chip.slug === current)}>
                {chip.name}
              </a>
            )}
          </li>
        ))}
      </ul>
      <p className="mt-2 min-h-5 text-stone-600 dark:text-stone-400" aria-live="polite">
        {activeChip && shown !== null ? (
          <>
            {shown} {shown === 1 ? 'story' : 'stories'} on this page tagged {activeChip.name}.{' '}
            <a href={activeChip.href} className="underline underline-offset-4">
              All {activeChip.name} stories in time
            </a>
            {' · '}
            <button type="button" className="underline underline-offset-4" onClick={() => setActive(null)}>
              Clear filter
            </button>
          </>
        ) : null}
      </p>
    </div>
  );
}
