/**
 * The light/dark switch, as server-rendered markup that enhance/theme-toggle.ts brings to life.
 * Hidden until then (without JavaScript it could not work, and the page follows the system
 * theme in CSS); its fixed-size box keeps the header from shifting when it appears. The icon
 * follows `aria-pressed`, which the script keeps in step with the theme.
 */
export function ThemeToggle() {
  return (
    <span className="inline-flex size-9">
      <button
        type="button"
        hidden
        data-theme-toggle
        aria-pressed="false"
        title="Switch to dark theme"
        className="group inline-flex size-9 items-center justify-center rounded-full text-stone-700 hover:bg-stone-200 dark:text-stone-300 dark:hover:bg-stone-800"
      >
        <span className="sr-only">Dark theme</span>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
          <path className="hidden group-aria-pressed:inline" d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
          <g className="group-aria-pressed:hidden">
            <circle cx="12" cy="12" r="4" />
            <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
          </g>
        </svg>
      </button>
    </span>
  );
}
