import Link from '@/components/archive-link';

/**
 * A small timeline of an entity's stories: one bar per year, proportional to the count,
 * optionally linking to a fuller timeline. Pure HTML/CSS: the rows are styled by the
 * `.year-bars` rules in app/globals.css, since every page of a tag repeats one row per year.
 */
export function YearBars({ counts, href, undated }: { counts: readonly { year: number; count: number }[]; href?: string; undated: number }) {
  if (counts.length === 0 && undated === 0) return null;
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <div className="font-sans text-sm">
      <ol className="year-bars">
        {counts.map((c) => (
          <li key={c.year}>
            <span>{c.year}</span>
            <span aria-hidden="true">
              <span style={{ width: `${Math.round((c.count / max) * 1000) / 10}%` }} />
            </span>
            <span>
              {c.count}
              <span className="sr-only"> {c.count === 1 ? 'story' : 'stories'}</span>
            </span>
          </li>
        ))}
        {undated ? (
          <li className="year-bars-undated">
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
