/**
 * A date the page gives only in its own address: a URL the scrape kept among its lines ("Share:
 * https://example.org/2026/12/06/mayor-opens-market", a canonical link, a breadcrumb), whose path is dated
 * (url-date.ts). A page links other stories too, so an address counts as the page's own only by evidence: its last
 * path segment spells at least two of the headline's words, or it stands above the story's first paragraph, where
 * the header gives the page's own facts (related links stand below the story). The last resort of the date's
 * reading: used only when the text dates itself no other way.
 */
import { dateFromAddress } from './url-date';
import type { CalendarParts } from './partial-date';
import { foldedLower } from '../fold-text';

/** A URL in a line, with or without its scheme ("https://…", "www.…"), glued to words before it or not. */
const ADDRESS = /(?:https?:\/\/|www\.)[^\s"'<>«»“”]+/giu;
/** Headline words an address's slug must spell to count as the story's own. */
const MIN_SHARED_WORDS = 2;

const wordsOf = (s: string) => new Set(foldedLower(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3));

/** True when the address's last path segment spells MIN_SHARED_WORDS of the headline's words. */
function namesHeadline(url: URL, headline: string): boolean {
  const slug = url.pathname.split('/').filter((p) => p !== '').at(-1) ?? '';
  const head = wordsOf(headline);
  return [...wordsOf(slug.replace(/\.\w+$/u, ''))].filter((w) => head.has(w)).length >= MIN_SHARED_WORDS;
}

/** A dated address on one of the page's lines, and what made it the page's own. */
export type PageAddressDate = { date: CalendarParts; line: number; evidence: string };

/**
 * The date in the page's own address among `lines` (the story's kept and removed lines), or null. `firstParagraph`
 * is the line of the story's first paragraph (null when none), `headline` the story's headline (null when none).
 */
export function pageAddressDate(lines: readonly { line: number; text: string }[], headline: string | null, firstParagraph: number | null): PageAddressDate | null {
  for (const { line, text } of [...lines].sort((a, b) => a.line - b.line)) {
    if (!/https?:\/\/|www\./iu.test(text)) continue;
    for (const m of text.matchAll(ADDRESS)) {
      const written = m[0].replace(/[.,;:)\]]+$/u, '');
      const href = /^www\./iu.test(written) ? `https://${written}` : written;
      if (!URL.canParse(href)) continue;
      const url = new URL(href);
      const found = dateFromAddress(url, href);
      if (!found) continue;
      const above = firstParagraph !== null && line < firstParagraph;
      const named = headline !== null && namesHeadline(url, headline);
      if (!above && !named) continue;
      const why = named ? 'its slug spells the headline' : 'it stands above the first paragraph';
      return { date: found.parts, line, evidence: `the page's own address on line ${line} (${why}): ${found.evidence}` };
    }
  }
  return null;
}
