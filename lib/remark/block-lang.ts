import type { PhrasingContent, Root } from 'mdast';
import { blockLang } from '@/lib/text-lang';
import { textDirection } from '@/lib/text-direction';

const textOf = (nodes: readonly PhrasingContent[]): string =>
  nodes.map((n) => (n.type === 'text' ? n.value : 'children' in n ? textOf(n.children) : '')).join('');

export type BlockLangOptions = {
  /** The story's language (BCP 47 tag or `und`): blocks written in it inherit it. */
  lang: string;
};

/**
 * Marks a paragraph or heading written in another language than the story around it
 * with that language (`lang="ru"` on a quoted Russian passage in an English story,
 * `lang="be"` on a Belarusian one in a Russian story, `lang="en"` on an English one in
 * a Belarusian story; see lib/text-lang). Blocks in the story's language are left alone.
 * A block whose language is written the other way from the story's also gets `dir` (an
 * English quotation in an Arabic story runs left to right). A pure tree transform.
 */
export default function remarkBlockLang({ lang }: BlockLangOptions = { lang: 'en' }) {
  return (tree: Root): void => {
    for (const node of tree.children) {
      if (node.type !== 'paragraph' && node.type !== 'heading') continue;
      const other = blockLang(textOf(node.children), lang);
      if (!other) continue;
      const dir = textDirection(other);
      const turned = dir !== textDirection(lang) ? { dir } : {};
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, lang: other, ...turned } };
    }
  };
}
