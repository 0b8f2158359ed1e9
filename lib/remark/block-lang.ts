import type { Root } from 'mdast';
import type { BodyBlock } from '@/lib/content/schema';
import { blockLangAttributes } from '@/lib/text-lang';

export type BlockLangOptions = {
  /** The story's language (BCP 47 tag or `und`): blocks written in it inherit it. */
  lang: string;
  /** The body the tree was built from (bodyToMdast): each block's recorded `lang`, by block index. */
  body: readonly BodyBlock[];
};

/**
 * Marks a paragraph or heading written in another language than the story around it
 * with that language (`lang="ru"` on a quoted Russian passage in an English story,
 * `lang="be"` on a Belarusian one in a Russian story, `lang="en"` on an English one in
 * a Belarusian story). The language is the one the compile recorded on the body block
 * (`BodyBlock.lang`, see lib/content/extract/language/block-langs.ts); nothing is detected here.
 * Blocks in the story's language are left alone. A block whose language is written the
 * other way from the story's also gets `dir` (an English quotation in an Arabic story runs
 * left to right). A pure tree transform: only nodes carrying `data.block` are touched.
 */
export default function remarkBlockLang({ lang, body }: BlockLangOptions) {
  return (tree: Root): void => {
    for (const node of tree.children) {
      if ((node.type !== 'paragraph' && node.type !== 'heading') || node.data?.block === undefined) continue;
      const attributes = blockLangAttributes(body[node.data.block]?.lang, lang);
      if (!attributes) continue;
      node.data = { ...node.data, hProperties: { ...node.data.hProperties, ...attributes } };
    }
  };
}
