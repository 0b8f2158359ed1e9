import type { PhrasingContent, Root } from 'mdast';
import { cyrillicLang } from '@/lib/text-lang';

const textOf = (nodes: readonly PhrasingContent[]): string =>
  nodes.map((n) => (n.type === 'text' ? n.value : 'children' in n ? textOf(n.children) : '')).join('');

/**
 * Marks a paragraph or heading written mostly in Cyrillic with its language (`lang="ru"`,
 * `"be"`, `"uk"`; see lib/text-lang), so an English page reads a quoted Russian or
 * Belarusian passage correctly. Latin blocks are left to the page's `lang="en"`.
 * A pure tree transform.
 */
export default function remarkBlockLang() {
  return (tree: Root): void => {
    for (const node of tree.children) {
      if (node.type !== 'paragraph' && node.type !== 'heading') continue;
      const lang = cyrillicLang(textOf(node.children));
      if (lang) node.data = { ...node.data, hProperties: { ...node.data?.hProperties, lang } };
    }
  };
}
