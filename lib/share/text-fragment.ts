/**
 * Links to a quoted passage with a URL text fragment (`#:~:text=`), which
 * Chromium, Safari and Firefox scroll to and highlight.
 * Spec: https://wicg.github.io/scroll-to-text-fragment/
 */

/** Quotes up to this many characters are matched whole; longer ones by their first and last words. */
const WHOLE_QUOTE_MAX = 80;
const EDGE_WORDS = 4;

/** Percent-encode a text directive term: URI-encode, plus `-`, `&` and `,` which the directive syntax reserves. */
export function encodeFragmentTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/&/g, '%26').replace(/,/g, '%2C');
}

/**
 * The text directive for a selection: `text=quote`, or `text=start,end` for a
 * long one (each edge a few whole words), whitespace collapsed. Null for an
 * empty selection.
 */
export function textDirective(selected: string): string | null {
  const quote = selected.replace(/\s+/g, ' ').trim();
  if (!quote) return null;
  if (quote.length <= WHOLE_QUOTE_MAX) return `text=${encodeFragmentTerm(quote)}`;
  const words = quote.split(' ');
  if (words.length <= EDGE_WORDS * 2) return `text=${encodeFragmentTerm(quote)}`;
  const start = words.slice(0, EDGE_WORDS).join(' ');
  const end = words.slice(-EDGE_WORDS).join(' ');
  return `text=${encodeFragmentTerm(start)},${encodeFragmentTerm(end)}`;
}

/** The page URL (any existing fragment dropped) with a text fragment for the selection, or null. */
export function quoteLink(pageUrl: string, selected: string): string | null {
  const directive = textDirective(selected);
  if (!directive) return null;
  return `${pageUrl.split('#')[0]}#:~:${directive}`;
}

/** The URL of a paragraph anchor on the page. */
export function paragraphLink(pageUrl: string, paragraphId: string): string {
  return `${pageUrl.split('#')[0]}#${paragraphId}`;
}
