import type { Article } from '@/lib/content/schema';
import { paths } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site';
import { ParagraphLinkCopier } from './paragraph-link-copier';
import { QuoteLinker } from './quote-linker';
import { ShareButtons } from './share-buttons';

/**
 * Everything a story page needs for sharing, as one server component: the
 * copy-link/share buttons and the paragraph- and quote-link behaviour for the
 * element marked `data-share-scope` (the story body). Links always use the
 * canonical URL, never whatever host the page happens to be served from.
 */
export function StoryShare({ article, className }: { article: Article; className?: string }) {
  const url = absoluteUrl(paths.article(article.slug));
  return (
    <>
      <ShareButtons url={url} title={article.title.value} className={className} />
      <ParagraphLinkCopier url={url} />
      <QuoteLinker url={url} />
    </>
  );
}
