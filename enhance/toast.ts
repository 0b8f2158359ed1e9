/**
 * Live-region toasts. The server renders each status element empty and visually hidden
 * (`data-share-status="<name>"`); setting `data-shown` turns on the toast styles written next to
 * the markup, so this module owns no CSS.
 */
const timers = new Map<Element, number>();

/** Shows `message` in the status element named `name` for five seconds (read by screen readers). */
export function announce(name: string, message: string, root: ParentNode = document): void {
  const status = root.querySelector(`[data-share-status="${name}"]`);
  if (!status) return;
  status.textContent = message;
  status.toggleAttribute('data-shown', message !== '');
  window.clearTimeout(timers.get(status));
  timers.set(
    status,
    window.setTimeout(() => {
      status.textContent = '';
      status.removeAttribute('data-shown');
    }, 5000),
  );
}

/** The canonical URL the story page shares (its share buttons carry it), or null off a story page. */
export function sharedUrl(root: ParentNode = document): string | null {
  return root.querySelector<HTMLElement>('[data-share-url]')?.dataset.shareUrl ?? null;
}
