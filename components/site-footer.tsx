import Link from '@/components/archive-link';
import { paths } from '@/lib/paths';

/** Footer: what this site is, and the ways into it. */
export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-200 font-sans text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-8 sm:flex-row sm:justify-between sm:px-6">
        <p className="max-w-prose">An archive of news and analysis on Belarus’s defence industry, rebuilt from scraped text. Every date, byline and tag says where it came from.</p>
        <nav aria-label="Footer">
          <ul className="flex gap-4">
            <li><Link href={paths.home()} className="underline-offset-4 hover:underline">Home</Link></li>
            <li><Link href={paths.timeline()} className="underline-offset-4 hover:underline">Timeline</Link></li>
            <li><Link href={paths.tags()} className="underline-offset-4 hover:underline">Tags</Link></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
