/**
 * The headline without the words a page glued to it, by the page's own title line. A headline line sometimes carries the
 * site's name or the section after it or before it with no separator ("Mayor opens new bridge Valley Courier",
 * "Politics Mayor opens new bridge"), while the page's title line or breadcrumb prints the same headline as a field of its
 * own ("Mayor opens new bridge - Valley Courier", "Home › Politics › Mayor opens new bridge"). Two signals agree before
 * anything is cut: the page prints the shorter headline as a whole field, and the words cut are printed on that same line,
 * beside it, as its other fields. A headline whose last words are only its own is never cut.
 */
import { words, wordCount } from '../segment/text-shape';
import { foldedLower } from '../fold-text';

/** Separators between the fields of a title line or a breadcrumb: spaced bars, dashes, dots, chevrons; unspaced full-width bars. */
const FIELD_SEPARATOR = /\s+[|｜–—\-·•›»>→/:]\s+|\s*[|｜]\s*/u;

/** Words a field must have to stand for a headline: a section name or a site's name has fewer. */
const MIN_FIELD_WORDS = 4;

/** Words that may be glued to the headline: a site's name or a section, four words at most. */
const MAX_EXTRA_WORDS = 4;

/** The field `field` of `line`, when `text` is it with one to four words more at its start or end that `line` prints beside it. */
function cutBy(text: string, line: string, field: string): string | null {
  const extra = text.startsWith(`${field} `) ? text.slice(field.length) : text.endsWith(` ${field}`) ? text.slice(0, text.length - field.length) : null;
  if (extra === null) return null;
  const extraWords = words(foldedLower(extra));
  if (extraWords.length === 0 || extraWords.length > MAX_EXTRA_WORDS) return null;
  const beside = new Set(words(foldedLower(line.replace(field, ' '))));
  return extraWords.every((w) => beside.has(w)) ? field : null;
}

/**
 * The headline `text` without a site's or section's name glued to it, when another line of the page (`others`) prints the
 * headline as a field of four words or more and the glued words beside it (see the module comment); `text` otherwise.
 */
export function headlineByTitleField(text: string, others: readonly string[]): string {
  const t = text.trim();
  if (wordCount(t) < MIN_FIELD_WORDS + 1) return text;
  // A line holding the headline's field holds its first or its last two words: a cheap test before any split.
  const ws = t.split(/\s+/u);
  const [head, tail] = [ws.slice(0, 2).join(' '), ws.slice(-2).join(' ')];
  let best: string | null = null;
  for (const o of others) {
    if (!o.includes(head) && !o.includes(tail)) continue;
    const line = o.trim();
    if (line === t || line.length > 4 * t.length || !FIELD_SEPARATOR.test(line)) continue;
    for (const part of line.split(FIELD_SEPARATOR)) {
      const field = part.trim();
      if (field.length >= t.length || (best !== null && field.length <= best.length) || wordCount(field) < MIN_FIELD_WORDS) continue;
      if (cutBy(t, line, field) !== null) best = field;
    }
  }
  return best ?? text;
}
