import { describe, expect, it } from 'vitest';
import { toHast } from 'mdast-util-to-hast';
import { bodyToMdast } from '@/lib/remark/from-body';
import remarkParagraphIds from '@/lib/remark/paragraph-ids';

const body = [
  { kind: 'paragraph' as const, text: 'One.', line: 1 },
  { kind: 'heading' as const, text: 'Section', line: 2 },
  { kind: 'paragraph' as const, text: 'Two.', line: 3 },
];

describe('remarkParagraphIds', () => {
  it('gives paragraphs p-n ids and headings s-n ids in the rendered HTML tree', () => {
    const tree = bodyToMdast(body);
    remarkParagraphIds()(tree);
    const hast = toHast(tree);
    const ids = hast.type === 'root' ? hast.children.flatMap((n) => (n.type === 'element' ? [`${n.tagName}#${String(n.properties.id)}`] : [])) : [];
    expect(ids).toEqual(['p#p-1', 'h2#s-1', 'p#p-2']);
  });

  it('appends a labelled self-link to every paragraph but not to headings', () => {
    const tree = bodyToMdast(body);
    remarkParagraphIds({ anchorClassName: ['anchor'] })(tree);
    const lastChildren = tree.children.map((n) => ('children' in n ? n.children.at(-1) : undefined));
    expect(lastChildren[0]).toMatchObject({ type: 'link', url: '#p-1', data: { hProperties: { className: ['anchor'], ariaLabel: 'Link to paragraph 1' } } });
    expect(lastChildren[1]).toMatchObject({ type: 'text', value: 'Section' });
    expect(lastChildren[2]).toMatchObject({ type: 'link', url: '#p-2' });
  });
});
