/**
 * "Copy link" and "Share…" on a story. The server renders both buttons hidden next to the
 * permalink (`[data-share-buttons]` carries the canonical URL and title); this shows "Copy link",
 * shows "Share…" only where the Web Share API exists, and reports the outcome in the block's
 * status element, or offers the link to copy by hand when copying is blocked.
 */
import { copyText } from './copy-text';

function showManualCopy(block: HTMLElement, url: string): void {
  let input = block.querySelector<HTMLInputElement>('input[readonly]');
  if (!input) {
    const label = document.createElement('label');
    label.className = 'flex w-full flex-col gap-1 text-sm';
    label.append('Copying is blocked here; select and copy this link:');
    input = document.createElement('input');
    input.readOnly = true;
    input.className = 'w-full rounded border px-2 py-1';
    input.addEventListener('focus', () => input?.select());
    label.append(input);
    block.append(label);
  }
  input.value = url;
  input.focus();
}

/** Wires every `[data-share-buttons]` block under `root`. */
export function enhanceShareButtons(root: ParentNode = document): void {
  for (const block of root.querySelectorAll<HTMLElement>('[data-share-buttons]')) {
    const url = block.dataset.shareUrl ?? '';
    const title = block.dataset.shareTitle ?? document.title;
    const status = block.querySelector('[role="status"]');
    const copy = block.querySelector<HTMLButtonElement>('button[data-share="copy"]');
    const native = block.querySelector<HTMLButtonElement>('button[data-share="native"]');
    let timer = 0;
    if (copy) {
      copy.hidden = false;
      copy.addEventListener('click', async () => {
        if (!(await copyText(url))) return showManualCopy(block, url);
        if (!status) return;
        status.textContent = 'Link copied to clipboard.';
        window.clearTimeout(timer);
        timer = window.setTimeout(() => (status.textContent = ''), 4000);
      });
    }
    if (native && typeof navigator.share === 'function') {
      native.hidden = false;
      native.addEventListener('click', () => {
        // A closed share sheet rejects; there is nothing to report.
        navigator.share({ title, url }).catch(() => undefined);
      });
    }
  }
}
