/**
 * Builds an mdast tree straight from an article's cleaned blocks. The text is put into
 * `text` nodes as-is and is never parsed as Markdown, so `*`, `#`, `<b>` and friends in a
 * scraped story stay literal characters.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import type { BodyBlock } from '@/lib/content/schema';

declare module 'mdast' {
  interface ParagraphData {
    /** Index of the body block this node was built from. */
    block?: number;
  }
  interface HeadingData {
    /** Index of the body block this node was built from. */
    block?: number;
  }
}

/**
 * One top-level node per block: paragraphs as `paragraph`, section headings as level-2
 * `heading` (the article title is the page's h1). Each node remembers its block index.
 */
export function bodyToMdast(body: readonly BodyBlock[]): Root {
  return {
    type: 'root',
    children: body.map((block, index): Paragraph | Heading =>
      block.kind === 'heading'
        ? { type: 'heading', depth: 2, data: { block: index }, children: [{ type: 'text', value: block.text }] }
        : { type: 'paragraph', data: { block: index }, children: [{ type: 'text', value: block.text }] },
    ),
  };
}
