import { cn } from '@/lib/cn';

const BUTTON =
  'rounded border border-current px-3 py-1 text-sm font-medium hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 dark:hover:bg-stone-800';

/**
 * "Copy link" (and "Share…" where the Web Share API exists) for a story, as markup for
 * enhance/share-buttons.ts. Without JavaScript only the permalink shows; the buttons stay
 * hidden until the script can run them.
 */
export function ShareButtons({ url, title, className }: { url: string; title: string; className?: string }) {
  return (
    <div className={cn('flex flex-wrap items-center gap-2 font-sans', className)} data-share-buttons data-share-url={url} data-share-title={title}>
      <a href={url} rel="bookmark" className="text-sm underline underline-offset-2">
        Permalink
      </a>
      <button type="button" className={BUTTON} hidden data-share="copy">
        Copy link
      </button>
      <button type="button" className={BUTTON} hidden data-share="native">
        Share…
      </button>
      <span role="status" aria-live="polite" className="text-sm" />
    </div>
  );
}
