'use client';

import { useEffect, useState } from 'react';
import { cn } from '@/lib/cn';
import { copyText } from './copy-text';

type Status = 'idle' | 'copied' | 'manual';

/**
 * "Copy link" (and "Share…" where the Web Share API exists) for a story.
 * Without JavaScript only the permalink shows; the buttons appear once the
 * browser can run them.
 */
export function ShareButtons({ url, title, className }: { url: string; title: string; className?: string }) {
  const [ready, setReady] = useState(false);
  const [canShare, setCanShare] = useState(false);
  const [status, setStatus] = useState<Status>('idle');

  useEffect(() => {
    setReady(true);
    setCanShare(typeof navigator.share === 'function');
  }, []);

  useEffect(() => {
    if (status !== 'copied') return;
    const timer = window.setTimeout(() => setStatus('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);

  async function copy() {
    setStatus((await copyText(url)) ? 'copied' : 'manual');
  }

  async function share() {
    try {
      await navigator.share({ title, url });
    } catch {
      // The reader closed the share sheet; nothing to report.
    }
  }

  const button =
    'rounded border border-current px-3 py-1 text-sm font-medium hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 dark:hover:bg-stone-800';
  return (
    <div className={cn('flex flex-wrap items-center gap-2 font-sans', className)} data-share-buttons>
      <a href={url} rel="bookmark" className="text-sm underline underline-offset-2">
        Permalink
      </a>
      <button type="button" className={button} hidden={!ready} onClick={copy} data-share="copy">
        Copy link
      </button>
      {canShare ? (
        <button type="button" className={button} onClick={share} data-share="native">
          Share…
        </button>
      ) : null}
      <span role="status" aria-live="polite" className="text-sm">
        {status === 'copied' ? 'Link copied to clipboard.' : ''}
      </span>
      {status === 'manual' ? (
        <label className="flex w-full flex-col gap-1 text-sm">
          Copying is blocked here; select and copy this link:
          <input readOnly value={url} className="w-full rounded border px-2 py-1" onFocus={(e) => e.currentTarget.select()} autoFocus />
        </label>
      ) : null}
    </div>
  );
}
