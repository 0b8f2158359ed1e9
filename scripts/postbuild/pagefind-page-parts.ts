/**
 * The parts of a story page that Pagefind reads, for the bundle fingerprint (pagefind-reuse.ts).
 * One added story re-renders its neighbours' pages (their older/newer links and related lists
 * change), but those sit outside the story's `data-pagefind-body`, which is all Pagefind indexes
 * as text; so a bundle whose pages changed only there may be kept. What Pagefind reads from a
 * page marked with `data-pagefind-body` (pagefind.app, "Configuring the index", "Metadata",
 * "Filters", "Sorting"): the text of the marked elements, every element carrying a
 * `data-pagefind-*` attribute (meta, filters, sorts, anywhere on the page), and for the default
 * metadata the first `<h1>` and `<img>`; the language comes from `<html lang>` (the index forces its
 * own anyway). Each of those is taken whole, with a margin: every `<h1>`, `<title>` and `<img>`,
 * and the whole `<html>` tag. A part missed would keep a stale bundle, so when unsure this takes
 * more: an element whose end it cannot find runs to the end of the page.
 * tests/postbuild/pagefind-reuse.test.ts checks against Pagefind itself that a page changed
 * outside these parts indexes to the same bytes.
 */

/** Elements taken whole wherever they are, besides those with a `data-pagefind-*` attribute. */
const WHOLE = new Set(['h1', 'title']);
/** Elements whose opening tag is all there is to them. */
const TAG_ONLY = new Set(['html', 'img']);
/** Void elements: no closing tag, so nothing to scan for. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Where the element named `name` whose opening tag ends at `from` ends: after its matching closing tag, or the page's end when there is none. */
function elementEnd(html: string, from: number, name: string): number {
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] === '/' ? -1 : m[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

/** The parts of `html` Pagefind reads (see the module comment), in page order, joined by NUL. */
export function pagefindParts(html: string): string {
  const parts: string[] = [];
  const opening = /<([a-z][a-z0-9-]*)\b[^>]*>/gi;
  let takenUntil = 0;
  for (let m = opening.exec(html); m; m = opening.exec(html)) {
    // Inside an element already taken whole.
    if (m.index < takenUntil) continue;
    const name = (m[1] ?? '').toLowerCase();
    const tag = m[0];
    if (/\sdata-pagefind-/i.test(tag) || WHOLE.has(name)) {
      const end = VOID.has(name) || tag.endsWith('/>') ? m.index + tag.length : elementEnd(html, m.index + tag.length, name);
      parts.push(html.slice(m.index, end));
      takenUntil = end;
    } else if (TAG_ONLY.has(name)) parts.push(tag);
  }
  return parts.join('\0');
}
