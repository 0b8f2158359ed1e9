import Link from '@/components/archive-link';
import { cn } from '@/lib/cn';
import { paths } from '@/lib/paths';

export type Chip = { slug: string; name: string; count?: number };

/** A row of entity links as small pills, in the order given (callers pass salience order). */
export function TagChips({ chips, className }: { chips: readonly Chip[]; className?: string }) {
  if (chips.length === 0) return null;
  return (
    <ul className={cn('flex flex-wrap gap-2 font-sans text-sm', className)}>
      {chips.map((chip) => (
        <li key={chip.slug}>
          <Link
            href={paths.tag(chip.slug)}
            className="inline-flex items-center gap-1.5 rounded-full border border-stone-300 bg-white px-3 py-1 text-stone-800 no-underline hover:border-stone-500 hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-200 dark:hover:border-stone-500 dark:hover:bg-stone-800"
          >
            {chip.name}
            {chip.count !== undefined ? <span className="text-stone-600 dark:text-stone-400">{chip.count}</span> : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
