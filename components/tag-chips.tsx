import Link from '@/components/archive-link';
import { cn } from '@/lib/cn';
import { paths } from '@/lib/paths';

export type Chip = { slug: string; name: string; count?: number };

// The pill styles sit once on the list, not on every link: a story can carry dozens of tags,
// and the classes repeated per chip were a third of a story page's markup.
const PILLS = [
  'flex flex-wrap gap-2 font-sans text-sm',
  '[&>li>a]:inline-flex [&>li>a]:items-center [&>li>a]:gap-1.5 [&>li>a]:rounded-full [&>li>a]:border [&>li>a]:border-stone-300 [&>li>a]:bg-white [&>li>a]:px-3 [&>li>a]:py-1 [&>li>a]:text-stone-800 [&>li>a]:no-underline',
  '[&>li>a]:hover:border-stone-500 [&>li>a]:hover:bg-stone-100',
  '[&>li>a]:dark:border-stone-700 [&>li>a]:dark:bg-stone-900 [&>li>a]:dark:text-stone-200 [&>li>a]:dark:hover:border-stone-500 [&>li>a]:dark:hover:bg-stone-800',
  '[&>li>a>span]:text-stone-600 [&>li>a>span]:dark:text-stone-400',
].join(' ');

/** A row of entity links as small pills, in the order given (callers pass salience order). */
export function TagChips({ chips, className }: { chips: readonly Chip[]; className?: string }) {
  if (chips.length === 0) return null;
  return (
    <ul className={cn(PILLS, className)}>
      {chips.map((chip) => (
        <li key={chip.slug}>
          <Link href={paths.tag(chip.slug)}>
            {chip.name}
            {chip.count !== undefined ? <span>{chip.count}</span> : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
