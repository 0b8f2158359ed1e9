import type { DateFact } from '@/lib/content/schema';
import { cn } from '@/lib/cn';
import { describeDate } from '@/lib/describe-date';

/**
 * A date at its real precision, in a <time> when it has a machine-readable form, with
 * where it came from when that is not the story's own dateline. `withSource` adds the
 * provenance disclosure (article header); lists show the bare date.
 */
export function DateText({ fact, withSource = false, className }: { fact: DateFact; withSource?: boolean; className?: string }) {
  const d = describeDate(fact);
  const label = d.dateTime ? <time dateTime={d.dateTime}>{d.label}</time> : <span>{d.label}</span>;
  if (!withSource || !d.sourceNote) return <span className={className}>{label}</span>;
  return (
    // A div, not a span: <details> is flow content. Callers put this form only in flow containers.
    <div className={cn('inline-flex flex-wrap items-baseline gap-x-1.5', className)}>
      {label}
      {d.evidence ? (
        <details className="group inline-block">
          <summary className="cursor-pointer list-none text-stone-600 underline decoration-dotted underline-offset-4 dark:text-stone-400 [&::-webkit-details-marker]:hidden">
            ({d.sourceNote})
          </summary>
          <span className="mt-1 block max-w-prose rounded-md bg-stone-100 px-3 py-2 text-sm text-stone-700 dark:bg-stone-900 dark:text-stone-300">
            Evidence{fact.line ? ` (line ${fact.line})` : ''}: “{d.evidence}”
          </span>
        </details>
      ) : (
        <span className="text-stone-600 dark:text-stone-400">({d.sourceNote})</span>
      )}
    </div>
  );
}
