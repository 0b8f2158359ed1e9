import { describe, expect, it } from 'vitest';
import { bodyToMdast } from '@/lib/remark/from-body';

describe('bodyToMdast', () => {
  it('makes one paragraph or level-2 heading per block, remembering the block index', () => {
    const tree = bodyToMdast([
      { kind: 'paragraph', text: 'One.', line: 1 },
      { kind: 'heading', text: 'Two', line: 3 },
    ]);
    expect(tree.children.map((n) => [n.type, n.type === 'heading' ? n.depth : null, n.data])).toEqual([
      ['paragraph', null, { block: 0 }],
      ['heading', 2, { block: 1 }],
    ]);
  });

  it('keeps Markdown and HTML characters as literal text', () => {
    const text = '# not a heading *not emphasis* <script>alert(1)</script> [x](http://e.vil)';
    const [node] = bodyToMdast([{ kind: 'paragraph', text, line: 1 }]).children;
    expect(node?.type === 'paragraph' && node.children).toEqual([{ type: 'text', value: text }]);
  });
});
