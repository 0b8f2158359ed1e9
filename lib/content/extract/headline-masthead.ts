/**
 * A masthead over the date is no headline. headline-over-meta.ts takes a line above the story's date and byline over one
 * under them (a line under the meta is most often a caption or a standfirst). A site's name at the very top of the page
 * ("Gazeta do Vale" / "5 de dezembro de 2026" / "<headline>" / text) is above the date too: when the only line under
 * the meta is the last one before the story and has a headline's shape, and the line above is the first of the page
 * and a brand's shape (a word to three), the headline is the one that sits closest to the story. A name the page
 * prints again inside another line (a © line, an address, a title line) is the site's for certain.
 */
import type { Block } from '../segment/segment';
import { endsSentence, isProse, isTitleShaped, wordCount } from '../segment/text-shape';
import { letterCount } from './headline-neighbours';

/** The most words a masthead has: a name ("Gazeta do Vale", "Kyiv Post", "Dnevnik"). */
const MASTHEAD_WORDS = 3;
/** The fewest words of a headline that may stand under a masthead and its date. */
const HEADLINE_WORDS = 4;

/**
 * Whether `name` is printed again on the page inside a longer line that is no running text: "© 2026 Gazeta do Vale",
 * "Gazeta do Vale, Rua …", "<headline> - Gazeta do Vale". A sentence of the story may name anything.
 */
function recursInside(name: string, others: readonly string[]): boolean {
  const key = name.toLowerCase();
  return others.some((o) => o.length > name.length && o.toLowerCase().includes(key) && !isProse(o));
}

/**
 * Whether header line `upper` (above the story's meta) is the site's masthead and `lower` (under it) the headline:
 * `upper` is the first unmarked line of the header, on one line, of one to three words and no sentence; marked lines
 * (dates, bylines), and only those, part it from `lower`; `lower` is the last unmarked line of the header, straight over the
 * story, and either says more than the name in a headline's shape (four words or more, no sentence end, twice its
 * letters) or the name recurs inside another line of the page.
 */
export function isMastheadOverHeadline(header: readonly Block[], upper: number, lower: number, others: readonly string[]): boolean {
  const top = header[upper];
  const headline = header[lower];
  if (!top || !headline || upper >= lower || top.lines.length !== 1) return false;
  const unmarked = (b: Block) => b.mark === null;
  const between = header.slice(upper + 1, lower);
  if (between.length === 0 || header.slice(0, upper).some(unmarked) || between.some(unmarked) || header.slice(lower + 1).some(unmarked)) return false;
  const name = top.text.trim();
  const n = wordCount(name);
  if (n < 1 || n > MASTHEAD_WORDS || !isTitleShaped(name) || endsSentence(name)) return false;
  if (recursInside(name, others)) return true;
  const text = headline.text.trim();
  return wordCount(text) >= HEADLINE_WORDS && isTitleShaped(text) && !endsSentence(text) && letterCount(text) >= 2 * letterCount(name);
}
