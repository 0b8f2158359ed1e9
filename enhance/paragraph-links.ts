/**
 * Turns the story's paragraph anchors (`<a href="#p-N">` inside `[data-share-scope]`) into
 * "copy a link to this paragraph" buttons. Without JavaScript they stay plain links to the
 * paragraph.
 */
import { paragraphLink } from '@/lib/share/text-fragment';
import { copyText } from './copy-text';
import { announce, sharedUrl } from './toast';

/** Wires the paragraph anchors of the story body, if this is a story page. */
export function enhanceParagraphLinks(root: ParentNode = document): void {
  const scope = root.querySelector('[data-share-scope]');
  const url = sharedUrl(root);
  if (!scope || !url) return;
  scope.addEventListener('click', async (event) => {
    const anchor = event.target instanceof Element ? event.target.closest('a[href^="#p-"]') : null;
    if (!anchor || !scope.contains(anchor)) return;
    event.preventDefault();
    const id = anchor.getAttribute('href')?.slice(1) ?? '';
    const link = paragraphLink(url, id);
    history.replaceState(null, '', `#${id}`);
    const n = id.replace(/^p-/, '');
    announce('paragraph', (await copyText(link)) ? `Link to paragraph ${n} copied.` : `Copy this link to paragraph ${n}: ${link}`, root);
  });
}
