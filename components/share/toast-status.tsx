'use client';

import { useEffect } from 'react';

/**
 * A polite live region that shows its message as a small toast, then clears
 * it. Empty, it stays in the page (so screen readers track it) but invisible.
 */
export function ToastStatus({ message, onClear, name }: { message: string; onClear: () => void; name: string }) {
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(onClear, 5000);
    return () => window.clearTimeout(timer);
  }, [message, onClear]);

  return (
    <p
      role="status"
      aria-live="polite"
      data-share-status={name}
      className={
        message
          ? 'fixed bottom-4 left-1/2 z-50 max-w-[90vw] -translate-x-1/2 break-words rounded bg-stone-900 px-4 py-2 font-sans text-sm text-white shadow-lg dark:bg-stone-100 dark:text-stone-900'
          : 'sr-only'
      }
    >
      {message}
    </p>
  );
}
