/**
 * The headline under the menu: a headline stands at the head of its story, and no menu parts it from its byline and
 * date. When the best-scoring line (headline-score.ts) stands above a menu and the story's meta comes only under that
 * menu, the best line is the site's (a tagline, a ticker, a teaser of another story), and the short line straight over
 * the meta is the headline the score passed over for its few words and the menu glued above it.
 */
import type { Block } from '../segment/segment';
import { hasCase, isProse, isTitleShaped, wordCount } from '../segment/text-shape';
import { isDateShaped, isMenuItem, isNameShaped, isStoryMeta, letterCount, MENU_RUN } from './headline-neighbours';

/** Whether blocks `from`..`to` (exclusive) hold a menu: MENU_RUN items of a word or two in a row. */
function holdsMenu(header: Block[], from: number, to: number): boolean {
  let run = 0;
  for (let i = from; i < to; i++) {
    run = isMenuItem(header[i]!) ? run + 1 : 0;
    if (run >= MENU_RUN) return true;
  }
  return false;
}

/** Every cased letter a capital: a label shouted, not a headline. */
const isShouted = (text: string) => {
  const cased = [...text].filter(hasCase);
  return cased.length > 0 && cased.every((c) => c === c.toUpperCase());
};

/**
 * Whether `text` may be a short headline over the story's meta: a title's shape (no sentence, not shouted, a capital or
 * a caseless script first, not a date), printed once on the page (a section name recurs), and no name: in a script
 * with case a word in lower case (a bare byline "Jane Porter" is all capitals), without case three words or more.
 */
function isShortHeadline(text: string, others: readonly string[]): boolean {
  const first = /[\p{L}\p{N}]/u.exec(text)?.[0] ?? '';
  const cased = hasCase(first);
  const n = wordCount(text);
  if (n < 2 || !isTitleShaped(text) || isProse(text) || isShouted(text) || isDateShaped(text)) return false;
  if (cased ? first !== first.toUpperCase() || isNameShaped(text) : n < 3) return false;
  return others.filter((o) => o.trim() === text).length <= 1;
}

/**
 * The index of the headline when the best line `at` stands above a menu that parts it from the story's meta: the last
 * unmarked line over the meta, when it reads as a short headline, says less than the best line (a standfirst or a
 * caption under the menu says more) and more than every menu item over it. `at` otherwise.
 */
export function headlineBelowMenu(header: Block[], at: number, others: readonly string[]): number {
  const meta = header.findIndex((_, i) => i > at && isStoryMeta(header, i));
  if (meta < 0) return at;
  let k = meta - 1;
  while (k > at && header[k]!.mark !== null) k--;
  if (k <= at + MENU_RUN || !holdsMenu(header, at + 1, k)) return at;
  const line = header[k]!;
  const text = line.text.trim();
  if (line.lines.length !== 1 || !isShortHeadline(text, others) || letterCount(text) >= letterCount(header[at]!.text)) return at;
  let top = k - 1;
  while (top > at && isMenuItem(header[top]!)) top--;
  const items = header.slice(top + 1, k);
  return items.length > 0 && items.every((b) => letterCount(b.text) < letterCount(text)) ? k : at;
}
