/**
 * Renders an article body to React: blocks → mdast → (remark plugins) → hast → JSX.
 * No HTML strings anywhere, so nothing from a scraped file can become markup.
 */
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { toHast } from 'mdast-util-to-hast';
import type { Root } from 'mdast';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { BodyBlock, Mention } from '@/lib/content/schema';
import remarkBlockLang from '@/lib/remark/block-lang';
import remarkEntityLinks from '@/lib/remark/entity-links';
import { bodyToMdast } from '@/lib/remark/from-body';
import remarkParagraphIds from '@/lib/remark/paragraph-ids';

export type BodyRenderOptions = {
  mentions: readonly Mention[];
  entityHref: (entity: string) => string | undefined;
  entityLinkClassName?: string[];
  anchorClassName?: string[];
  /** The story's language (BCP 47); blocks recorded in another language get their own `lang`. Defaults to `en`. */
  lang?: string;
};

/** The transformed mdast tree for a body (exposed for tests). */
export function bodyTree(body: readonly BodyBlock[], options: BodyRenderOptions): Root {
  const tree = bodyToMdast(body);
  // Entity links first: their ranges are offsets into the block text as built.
  remarkEntityLinks({ mentions: options.mentions, href: options.entityHref, className: options.entityLinkClassName })(tree);
  remarkBlockLang({ lang: options.lang ?? 'en', body })(tree);
  remarkParagraphIds({ anchorClassName: options.anchorClassName })(tree);
  return tree;
}

/** The body as React elements (server-rendered; no client JS). */
export function renderBody(body: readonly BodyBlock[], options: BodyRenderOptions): ReactNode {
  return toJsxRuntime(toHast(bodyTree(body, options)), { Fragment, jsx, jsxs });
}
