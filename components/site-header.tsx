import Link from '@/components/archive-link';
import { paths } from '@/lib/paths';
import { ThemeToggle } from './theme-toggle';

const NAV = [
  { href: paths.timeline(), label: 'Timeline' },
  { href: paths.tags(), label: 'Tags' },
  { href: paths.search(), label: 'Search' },
];

/** Masthead with the site name, main navigation and the theme switch. */
export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 dark:border-stone-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href={paths.home()} className="font-serif text-lg font-semibold tracking-tight text-stone-900 no-underline dark:text-stone-50">
          Belarus Defence Archive
        </Link>
        <div className="flex items-center gap-2">
          <nav aria-label="Main">
            <ul className="flex gap-1 font-sans text-sm">
              {NAV.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    className="rounded-md px-3 py-2 text-stone-700 hover:bg-stone-200 hover:text-stone-950 dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-white"
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
