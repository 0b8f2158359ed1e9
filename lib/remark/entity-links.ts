import type { Heading, Link, Paragraph, PhrasingContent, Root } from 'mdast';
import type { Mention } from '@/lib/content/schema';

export type EntityLinksOptions = {
  /** Every mention in the article (block index + character range within that block's text). */
  mentions: readonly Mention[];
  /** URL of an entity's page, or undefined to leave that entity unlinked. */
  href: (entity: string) => string | undefined;
  /** Class names for the links. */
  className?: string[];
};

/** The first mention of each entity in body order (title mentions, block -1, never count). */
export function firstMentions(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  const firsts: Mention[] = [];
  const inOrder = mentions.filter((m) => m.block >= 0).sort((a, b) => a.block - b.block || a.start - b.start);
  for (const m of inOrder) {
    if (seen.has(m.entity)) continue;
    seen.add(m.entity);
    firsts.push(m);
  }
  return firsts;
}

/** Splits one text value at the given non-overlapping ranges, linking each range. */
function splitText(value: string, ranges: { start: number; end: number; url: string }[], className: string[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start < at) continue; // overlaps a range already linked
    if (r.start > at) out.push({ type: 'text', value: value.slice(at, r.start) });
    const link: Link = {
      type: 'link',
      url: r.url,
      children: [{ type: 'text', value: value.slice(r.start, r.end) }],
      data: { hProperties: { className } },
    };
    out.push(link);
    at = r.end;
  }
  if (at < value.length) out.push({ type: 'text', value: value.slice(at) });
  return out;
}

/**
 * Links the first mention of each entity in the body to that entity's page.
 *
 * Works on trees from `bodyToMdast`: a mention's `block` selects the top-level node
 * with the same `data.block`, and its character range is read against that node's
 * first text child (the block's text as built). A mention whose range does not match
 * its recorded surface text is left alone rather than linking the wrong words.
 * A pure tree transform.
 */
export default function remarkEntityLinks(options: EntityLinksOptions) {
  const className = options.className ?? ['entity-link'];
  return (tree: Root): void => {
    const byBlock = new Map<number, { start: number; end: number; url: string }[]>();
    for (const m of firstMentions(options.mentions)) {
      const url = options.href(m.entity);
      if (url === undefined) continue;
      byBlock.set(m.block, [...(byBlock.get(m.block) ?? []), { start: m.start, end: m.end, url }]);
    }
    for (const node of tree.children) {
      if (node.type !== 'paragraph' && node.type !== 'heading') continue;
      const block: Paragraph | Heading = node;
      const ranges = block.data?.block === undefined ? undefined : byBlock.get(block.data.block);
      const first = block.children[0];
      if (!ranges || first?.type !== 'text') continue;
      const surfaces = new Map(options.mentions.filter((m) => m.block === block.data?.block).map((m) => [`${m.start}:${m.end}`, m.surface]));
      const valid = ranges
        .filter((r) => r.end <= first.value.length && first.value.slice(r.start, r.end) === surfaces.get(`${r.start}:${r.end}`))
        .sort((a, b) => a.start - b.start);
      block.children.splice(0, 1, ...splitText(first.value, valid, className));
    }
  };
}
