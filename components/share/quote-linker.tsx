/**
 * The "Copy link to quote" button that enhance/quote-links.ts shows below a selection in the
 * story body. Hidden in the markup: without JavaScript there is nothing it could do.
 */
export function QuoteLinkButton() {
  return (
    <button
      type="button"
      hidden
      data-share="quote"
      className="absolute z-50 rounded bg-stone-900 px-3 py-1 font-sans text-sm text-white shadow-lg dark:bg-stone-100 dark:text-stone-900"
    >
      Copy link to quote
    </button>
  );
}
