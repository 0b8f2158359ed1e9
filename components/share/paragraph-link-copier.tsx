'use client';

import { useCallback, useEffect, useState } from 'react';
import { paragraphLink } from '@/lib/share/text-fragment';
import { copyText } from './copy-text';
import { ToastStatus } from './toast-status';

/**
 * Turns the story's paragraph anchors (`<a href="#p-N">`, rendered by the page)
 * into "copy a link to this paragraph" buttons. Without JavaScript the anchors
 * still work as plain links to the paragraph. Renders only a status message.
 */
export function ParagraphLinkCopier({ url, scope = '[data-share-scope]' }: { url: string; scope?: string }) {
  const [message, setMessage] = useState('');
  const clear = useCallback(() => setMessage(''), []);

  useEffect(() => {
    const root = document.querySelector(scope);
    if (!root) return;
    async function onClick(event: Event) {
      const target = event.target instanceof Element ? event.target.closest('a[href^="#p-"]') : null;
      if (!target || !root?.contains(target)) return;
      event.preventDefault();
      const id = target.getAttribute('href')?.slice(1) ?? '';
      const link = paragraphLink(url, id);
      history.replaceState(null, '', `#${id}`);
      const n = id.replace(/^p-/, '');
      setMessage((await copyText(link)) ? `Link to paragraph ${n} copied.` : `Copy this link to paragraph ${n}: ${link}`);
    }
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [url, scope]);

  return (
    <ToastStatus name="paragraph" message={message} onClear={clear} />
  );
}
