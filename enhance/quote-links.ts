/**
 * When the reader selects text in the story body, offers "Copy link to quote": a link with a
 * text fragment (`#:~:text=`) that opens the story at that passage, highlighted. The server
 * renders the button hidden; this moves it under <body> (so its position is page coordinates)
 * and shows it below the selection, under its start: the left end of left-to-right text, the
 * right end of right-to-left text.
 */
import { quoteLink } from '@/lib/share/text-fragment';
import { copyText } from './copy-text';
import { announce, sharedUrl } from './toast';

/** Wires the quote button to selections inside `[data-share-scope]`, if this is a story page. */
export function enhanceQuoteLinks(root: ParentNode = document): void {
  const scope = root.querySelector('[data-share-scope]');
  const button = root.querySelector<HTMLButtonElement>('button[data-share="quote"]');
  const url = sharedUrl(root);
  if (!scope || !button || !url) return;
  document.body.append(button);
  let link: string | null = null;

  document.addEventListener('selectionchange', () => {
    const selection = document.getSelection();
    const range = selection && !selection.isCollapsed && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    link = range && scope.contains(range.commonAncestorContainer) ? quoteLink(url, selection?.toString() ?? '') : null;
    button.hidden = link === null;
    if (!range || link === null) return;
    const box = range.getBoundingClientRect();
    // CSSOM writes, not style attributes: the Content-Security-Policy allows no inline styles.
    button.style.top = `${box.bottom + window.scrollY + 8}px`;
    const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
    const rtl = start !== null && getComputedStyle(start).direction === 'rtl';
    const left = rtl ? box.right - button.offsetWidth : box.left;
    button.style.left = `${Math.max(8, Math.min(left, document.documentElement.clientWidth - button.offsetWidth - 8) + window.scrollX)}px`;
  });
  // Keep the selection: a mousedown on the button would otherwise clear it before the click.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', async () => {
    if (!link) return;
    announce('quote', (await copyText(link)) ? 'Link to quote copied.' : `Copy this link to the quote: ${link}`, root);
  });
}
