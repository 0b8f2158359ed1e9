import Link from '@/components/archive-link';

/**
 * A small timeline of an entity's stories: one bar per year, proportional to the count,
 * optionally linking to a fuller timeline. Pure HTML/CSS.
 */
export function YearBars({ counts, href, undated }: { counts: readonly { year: number; count: number }[]; href?: string; undated: number }) {
  if (counts.length === 0 && undated === 0) return null;
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <div className="font-sans text-sm">
      <ol className="space-y-1">
        {counts.map((c) => (
          <li key={c.year} className="grid grid-cols-[3rem_1fr_2.5rem] items-center gap-2">
            <span className="tabular-nums text-stone-600 dark:text-stone-400">{c.year}</span>
            <span className="h-2.5 rounded-full bg-stone-200 dark:bg-stone-800" aria-hidden="true">
              <span className="block h-full rounded-full bg-stone-600 dark:bg-stone-400" style={{ width: `${(c.count / max) * 100}%` }} />
            </span>
            <span className="tabular-nums">
              {c.count}
              <span className="sr-only"> {c.count === 1 ? 'story' : 'stories'}</span>
            </span>
          </li>
        ))}
        {undated ? (
          <li className="text-stone-600 dark:text-stone-400">
            {undated} undated {undated === 1 ? 'story' : 'stories'}
          </li>
        ) : null}
      </ol>
      {href ? (
        <p className="mt-3">
          <Link href={href} className="underline underline-offset-4">
            See them on the timeline
          </Link>
        </p>
      ) : null}
    </div>
  );
}
