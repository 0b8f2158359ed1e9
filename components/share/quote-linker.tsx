'use client';

import { useCallback, useEffect, useState } from 'react';
import { quoteLink } from '@/lib/share/text-fragment';
import { copyText } from './copy-text';
import { ToastStatus } from './toast-status';

type Offer = { link: string; top: number; left: number };

/**
 * When the reader selects text in the story body, offers "Copy link to quote":
 * a link with a text fragment (`#:~:text=`) that opens the story scrolled to
 * and highlighting that passage. Does nothing without JavaScript.
 */
export function QuoteLinker({ url, scope = '[data-share-scope]' }: { url: string; scope?: string }) {
  const [offer, setOffer] = useState<Offer | null>(null);
  const [message, setMessage] = useState('');
  const clear = useCallback(() => setMessage(''), []);

  useEffect(() => {
    function update() {
      const root = document.querySelector(scope);
      const selection = document.getSelection();
      if (!root || !selection || selection.isCollapsed || selection.rangeCount === 0) return setOffer(null);
      const range = selection.getRangeAt(0);
      if (!root.contains(range.commonAncestorContainer)) return setOffer(null);
      const link = quoteLink(url, selection.toString());
      if (!link) return setOffer(null);
      const box = range.getBoundingClientRect();
      setOffer({ link, top: box.bottom + window.scrollY + 8, left: Math.max(8, box.left + window.scrollX) });
    }
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [url, scope]);

  async function copy() {
    if (!offer) return;
    setMessage((await copyText(offer.link)) ? 'Link to quote copied.' : `Copy this link to the quote: ${offer.link}`);
  }

  return (
    <>
      {offer ? (
        <button
          type="button"
          // Keep the selection: a mousedown on the button would otherwise clear it before the click.
          onMouseDown={(e) => e.preventDefault()}
          onClick={copy}
          style={{ position: 'absolute', top: offer.top, left: offer.left }}
          className="z-50 rounded bg-stone-900 px-3 py-1 font-sans text-sm text-white shadow-lg dark:bg-stone-100 dark:text-stone-900"
          data-share="quote"
        >
          Copy link to quote
        </button>
      ) : null}
      <ToastStatus name="quote" message={message} onClear={clear} />
    </>
  );
}
