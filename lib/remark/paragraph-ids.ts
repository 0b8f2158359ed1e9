import type { Heading, Link, Paragraph, Root } from 'mdast';
import { blockAnchors } from '@/lib/block-anchors';

export type ParagraphIdsOptions = {
  /** Class names for the "¶" self-link appended to each paragraph. */
  anchorClassName?: string[];
};

/**
 * Gives every top-level paragraph and heading built from a body block a stable id
 * (`p-3`, `s-1`, see lib/block-anchors) and appends to each paragraph a small "¶" link
 * to itself, so a reader can copy a link to exactly that paragraph.
 *
 * A pure tree transform: only nodes carrying `data.block` are touched.
 */
export default function remarkParagraphIds(options: ParagraphIdsOptions = {}) {
  const className = options.anchorClassName ?? ['paragraph-anchor'];
  return (tree: Root): void => {
    const blocks = tree.children.filter(
      (node): node is Paragraph | Heading => (node.type === 'paragraph' || node.type === 'heading') && node.data?.block !== undefined,
    );
    const anchors = blockAnchors(blocks.map((node) => ({ kind: node.type === 'heading' ? 'heading' : 'paragraph' })));
    blocks.forEach((node, i) => {
      const id = anchors[i];
      if (id === undefined) return;
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      if (node.type !== 'paragraph') return;
      const self: Link = {
        type: 'link',
        url: `#${id}`,
        children: [{ type: 'text', value: '¶' }],
        data: { hProperties: { className, ariaLabel: `Link to paragraph ${id.slice(2)}` } },
      };
      node.children.push({ type: 'text', value: ' ' }, self);
    });
  };
}
