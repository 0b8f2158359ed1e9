import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import remarkEntityLinks, { firstMentions } from '@/lib/remark/entity-links';
import { bodyToMdast } from '@/lib/remark/from-body';
import type { Mention } from '@/lib/content/schema';

const p0 = 'Belarus and Ukraine built STILET. Belarus paid.';
const p1 = 'Later, STILET met China.';
const body = [
  { kind: 'paragraph' as const, text: p0, line: 1 },
  { kind: 'paragraph' as const, text: p1, line: 2 },
];
const at = (text: string, word: string, block: number, entity: string, from = 0): Mention => {
  const start = text.indexOf(word, from);
  return { entity, block, start, end: start + word.length, surface: word };
};
const mentions: Mention[] = [
  at(p1, 'STILET', 1, 'stilet'),
  at(p0, 'Belarus', 0, 'belarus', 10),
  at(p0, 'Belarus', 0, 'belarus'),
  at(p0, 'Ukraine', 0, 'ukraine'),
  at(p0, 'STILET', 0, 'stilet'),
  at(p1, 'China', 1, 'china'),
  { entity: 'china', block: -1, start: 0, end: 5, surface: 'China' },
];

type Node = Root | Root['children'][number];
/** The text content of a node (its own little mdast-util-to-string). */
const toString = (node: Node): string => ('value' in node ? node.value : 'children' in node ? node.children.map(toString).join('') : '');

function links(tree: Root): [string, string][] {
  const out: [string, string][] = [];
  const walk = (node: Node) => {
    if (node.type === 'link') out.push([toString(node), node.url]);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return out;
}

describe('remarkEntityLinks', () => {
  it('links only the first body mention of each entity to its page', () => {
    const tree = bodyToMdast(body);
    remarkEntityLinks({ mentions, href: (e) => `/tags/${e}/` })(tree);
    expect(links(tree)).toEqual([
      ['Belarus', '/tags/belarus/'],
      ['Ukraine', '/tags/ukraine/'],
      ['STILET', '/tags/stilet/'],
      ['China', '/tags/china/'],
    ]);
  });

  it('leaves the text itself unchanged', () => {
    const tree = bodyToMdast(body);
    remarkEntityLinks({ mentions, href: (e) => `/tags/${e}/` })(tree);
    expect(tree.children.map((n) => toString(n))).toEqual([p0, p1]);
  });

  it('does not link an entity the caller has no page for', () => {
    const tree = bodyToMdast(body);
    remarkEntityLinks({ mentions, href: (e) => (e === 'ukraine' ? undefined : `/tags/${e}/`) })(tree);
    expect(links(tree).map(([t]) => t)).not.toContain('Ukraine');
  });

  it('skips a mention whose range does not hold its surface text', () => {
    const tree = bodyToMdast(body);
    remarkEntityLinks({ mentions: [{ entity: 'china', block: 0, start: 0, end: 5, surface: 'China' }], href: (e) => `/tags/${e}/` })(tree);
    expect(links(tree)).toEqual([]);
  });

  it('ignores title mentions when choosing the first mention', () => {
    expect(firstMentions(mentions).find((m) => m.entity === 'china')?.block).toBe(1);
  });
});
