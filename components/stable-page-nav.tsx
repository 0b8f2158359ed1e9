import Link from '@/components/archive-link';
import { NEWER_PAGES_NAMED } from '@/lib/pagination';

/** One link of a stable list's page links: a page number or a named page (the overview). */
export type PageLink = { href: string; text: string; label: string; current: boolean };

/**
 * The page numbers a stable page names, oldest first, gaps as null: the oldest (1), the
 * NEWER_PAGES_NAMED pages either side of `page` (of the `newer` that follow it), and a trailing
 * gap when more pages follow than it names. It never names the list's last page, so it stays the
 * same when pages are added beyond its neighbours.
 */
export function stableWindow(page: number, newer: number): (number | null)[] {
  const named = Math.min(newer, NEWER_PAGES_NAMED);
  const around = Array.from({ length: 2 * NEWER_PAGES_NAMED + 1 }, (_, i) => page - NEWER_PAGES_NAMED + i).filter((n) => n <= page + named);
  const shown = [...new Set([1, ...around])].filter((n) => n >= 1).sort((a, b) => a - b);
  const window = shown.flatMap((n, i) => (i > 0 && n - (shown[i - 1] ?? n) > 1 ? [null, n] : [n]));
  return newer > named ? [...window, null] : window;
}

const item = 'inline-flex min-w-10 justify-center rounded-md px-3 py-2';

/**
 * Links between the pages of a list numbered from its oldest end (lib/pagination pageFromOldest),
 * plus <link rel="prev/next"> (React places those in <head>). `links` are in reading order; `prev`
 * and `next` are the neighbours in that order, each with its own words ("← Newer", "Later →"),
 * which may lie beyond the list (the next year's events).
 */
export function StablePageNav({ label, links, prev, next }: { label: string; links: readonly (PageLink | null)[]; prev: PageLink | null; next: PageLink | null }) {
  // A one-page list still links on when it has neighbours (a year's events: the years either side).
  if (links.length <= 1 && !prev && !next) return null;
  return (
    <nav aria-label={label} className="mt-10 font-sans text-sm">
      {prev ? <link rel="prev" href={prev.href} /> : null}
      {next ? <link rel="next" href={next.href} /> : null}
      <ul className="flex flex-wrap items-center gap-1">
        <li>
          {prev ? (
            <Link href={prev.href} rel="prev" className={`${item} hover:bg-stone-200 dark:hover:bg-stone-800`}>
              {prev.text}
            </Link>
          ) : null}
        </li>
        {links.map((link, i) =>
          link === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-stone-500">
              …
            </li>
          ) : (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={link.current ? 'page' : undefined}
                aria-label={link.label}
                className={link.current ? `${item} bg-stone-900 text-white dark:bg-stone-100 dark:text-stone-900` : `${item} hover:bg-stone-200 dark:hover:bg-stone-800`}
              >
                {link.text}
              </Link>
            </li>
          ),
        )}
        <li>
          {next ? (
            <Link href={next.href} rel="next" className={`${item} hover:bg-stone-200 dark:hover:bg-stone-800`}>
              {next.text}
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
