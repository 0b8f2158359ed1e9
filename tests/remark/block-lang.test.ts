import { toHast } from 'mdast-util-to-hast';
import { describe, expect, it } from 'vitest';
import remarkBlockLang from '@/lib/remark/block-lang';
import { bodyToMdast } from '@/lib/remark/from-body';

describe('remarkBlockLang', () => {
  it('gives Cyrillic blocks their language and leaves English ones alone', () => {
    const tree = bodyToMdast([
      { kind: 'paragraph', text: 'Belarus tested the Polonez system.', line: 1 },
      { kind: 'paragraph', text: 'Министерство обороны Республики Беларусь сообщило об испытаниях.', line: 2 },
      { kind: 'heading', text: 'Міністэрства абароны Беларусі', line: 3 },
    ]);
    remarkBlockLang()(tree);
    const hast = toHast(tree);
    const langs = hast.type === 'root' ? hast.children.flatMap((n) => (n.type === 'element' ? [n.properties.lang ?? null] : [])) : [];
    expect(langs).toEqual([null, 'ru', 'be']);
  });
});
