import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

/** The small upper-case heading that opens a section of a listing page; `className` overrides the defaults. */
export function SectionLabel({ id, className, children }: { id: string; className?: string; children: ReactNode }) {
  return (
    <h2
      id={id}
      className={cn(
        'mb-4 border-b border-stone-200 pb-2 font-sans text-sm font-semibold uppercase tracking-wide text-stone-600 dark:border-stone-800 dark:text-stone-400',
        className,
      )}
    >
      {children}
    </h2>
  );
}
