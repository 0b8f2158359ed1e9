/**
 * Page descriptions: a real summary from the article's opening text, cut on a
 * word boundary so a link preview never ends mid-word.
 */
import type { BodyBlock } from '@/lib/content/schema';

/** Longest description we emit; link previews show roughly 155–200 characters. */
export const SUMMARY_MAX = 200;
/** Paragraphs are joined until the text is at least this long (a one-line lede alone is thin). */
const SUMMARY_MIN = 80;

/** Collapse runs of whitespace and trim. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Cut `text` to at most `max` characters on a word boundary, adding `…` when
 * anything was dropped. A single word longer than `max` is cut hard.
 */
export function cutOnWord(text: string, max: number = SUMMARY_MAX): string {
  const clean = squash(text);
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - 1);
  // The room already ends at a word boundary when the next character is a space.
  const endsOnWord = clean[max - 1] === ' ';
  const lastSpace = room.lastIndexOf(' ');
  const cut = endsOnWord ? room : lastSpace > max / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/**
 * The summary of an article body: its first paragraph (plus following ones
 * while the text is shorter than a useful lede), headings skipped.
 */
export function summarise(body: readonly BodyBlock[], max: number = SUMMARY_MAX): string {
  let text = '';
  for (const block of body) {
    if (block.kind !== 'paragraph') continue;
    text = text ? `${text} ${squash(block.text)}` : squash(block.text);
    if (text.length >= SUMMARY_MIN) break;
  }
  return cutOnWord(text, max);
}
