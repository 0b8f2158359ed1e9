/**
 * The headline when no line above the text qualifies as one by its score (headline-score.ts): the
 * last crumb of a breadcrumb, or a headline written as a sentence over its byline or date.
 */
import type { Block } from '../segment/segment';
import { isProse, isTitleShaped, wordCount } from '../segment/text-shape';

/**
 * The headline as the last crumb of a breadcrumb ("Home › News › Shipyard wins contract for four patrol boats"), when
 * no line above the text qualifies: a crumb of four words or more after short ones is the page's own title.
 */
export function breadcrumbHeadline(header: Block[]): { block: Block; text: string } | null {
  for (const block of header) {
    if (block.mark?.kind !== 'furniture' || block.mark.reason !== 'navigation') continue;
    const crumbs = block.text.split(/\s*[»›>→]\s*/u).filter((c) => c.trim() !== '');
    const last = crumbs.at(-1)?.trim() ?? '';
    if (crumbs.length >= 3 && wordCount(last) >= 4 && isTitleShaped(last)) return { block, text: last };
  }
  return null;
}

/**
 * The headline printed as a sentence (with a full stop) that layout.ts left above the text because the byline or
 * date stands under it: the header's last line, or last before its byline and date, when it reads as a sentence
 * (only that placement leaves a sentence in the header).
 */
export function sentenceOverMeta(header: Block[]): { block: Block; text: string } | null {
  let k = header.length - 1;
  while (k >= 0 && (header[k]!.mark?.kind === 'dateline' || header[k]!.mark?.kind === 'byline')) k--;
  const b = header[k];
  return b && b.mark === null && isProse(b.text) && b.lines.length === 1 && wordCount(b.text) <= 30 ? { block: b, text: b.text } : null;
}
