import Link from '@/components/archive-link';
import { pagePath } from '@/lib/paths';

/** Page numbers to show around `page`: first, last, and two either side, with gaps as null. */
export function pageWindow(page: number, count: number): (number | null)[] {
  const shown = [...new Set([1, count, page - 2, page - 1, page, page + 1, page + 2])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - (shown[i - 1] ?? n) > 1 ? [null, n] : [n]));
}

/**
 * Numbered links between the static pages of a list, plus <link rel="prev/next">
 * (React places those in <head>). Nothing when the list fits on one page. `labels` names the
 * previous/next links; the default suits lists that run newest first.
 */
export function PaginationNav({
  base,
  page,
  pageCount,
  label,
  labels = { prev: '← Newer', next: 'Older →' },
}: {
  base: string;
  page: number;
  pageCount: number;
  label: string;
  labels?: { prev: string; next: string };
}) {
  if (pageCount <= 1) return null;
  const prev = page > 1 ? pagePath(base, page - 1) : null;
  const next = page < pageCount ? pagePath(base, page + 1) : null;
  const item = 'inline-flex min-w-10 justify-center rounded-md px-3 py-2';
  return (
    <nav aria-label={label} className="mt-10 font-sans text-sm">
      {prev ? <link rel="prev" href={prev} /> : null}
      {next ? <link rel="next" href={next} /> : null}
      <ul className="flex flex-wrap items-center gap-1">
        <li>
          {prev ? (
            <Link href={prev} rel="prev" className={`${item} hover:bg-stone-200 dark:hover:bg-stone-800`}>
              {labels.prev}
            </Link>
          ) : null}
        </li>
        {pageWindow(page, pageCount).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-stone-500">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                href={pagePath(base, n)}
                aria-current={n === page ? 'page' : undefined}
                aria-label={`Page ${n}`}
                className={
                  n === page
                    ? `${item} bg-stone-900 text-white dark:bg-stone-100 dark:text-stone-900`
                    : `${item} hover:bg-stone-200 dark:hover:bg-stone-800`
                }
              >
                {n}
              </Link>
            </li>
          ),
        )}
        <li>
          {next ? (
            <Link href={next} rel="next" className={`${item} hover:bg-stone-200 dark:hover:bg-stone-800`}>
              {labels.next}
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
