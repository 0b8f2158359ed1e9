import type { Metadata } from 'next';
import Link from '@/components/archive-link';
import { paths } from '@/lib/paths';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-[65ch] py-10" data-pagefind-ignore="all">
      <p className="font-sans text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">404</p>
      <h1 className="mt-1 font-serif text-4xl font-semibold tracking-tight">This page is not in the archive</h1>
      <p className="mt-4 font-serif text-lg text-stone-700 dark:text-stone-300">
        The link may be mistyped, or the story may have moved. These lead everywhere that exists:
      </p>
      <ul className="mt-6 space-y-3 font-sans text-lg">
        <li><Link href={paths.home()} className="underline underline-offset-4">Home: the latest stories</Link></li>
        <li><Link href={paths.tags()} className="underline underline-offset-4">Tags: every country, person and weapon system</Link></li>
        <li><Link href={paths.timeline()} className="underline underline-offset-4">Timeline: every story by date</Link></li>
      </ul>
    </div>
  );
}
