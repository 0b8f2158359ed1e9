/**
 * A polite live region for enhance/toast.ts: empty and visually hidden (but in the page, so
 * screen readers track it) until the script fills it and sets `data-shown`, which shows it as a
 * small toast.
 */
export function ToastStatus({ name }: { name: string }) {
  return (
    <p
      role="status"
      aria-live="polite"
      data-share-status={name}
      className="sr-only data-shown:not-sr-only data-shown:fixed data-shown:bottom-4 data-shown:left-1/2 data-shown:z-50 data-shown:max-w-[90vw] data-shown:-translate-x-1/2 data-shown:break-words data-shown:rounded data-shown:bg-stone-900 data-shown:px-4 data-shown:py-2 data-shown:font-sans data-shown:text-sm data-shown:text-white data-shown:shadow-lg dark:data-shown:bg-stone-100 dark:data-shown:text-stone-900"
    />
  );
}
